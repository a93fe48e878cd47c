package org.jumelage.exchange.web;

import org.jumelage.exchange.domain.Application;
import org.jumelage.exchange.domain.ApplicationService;

/** Rows of the approval and dashboard pages. */
final class CallDashboardRows {

    private CallDashboardRows() {}

    /** An application waiting for the person's step. */
    record Waiting(Application application, ApplicationService.Step step) {}
}
