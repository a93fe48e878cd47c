package org.jumelage.exchange.web;

import java.util.Locale;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.NominationStatus;
import org.jumelage.exchange.domain.CallDashboard;
import org.jumelage.exchange.domain.ExchangeStatistics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The office's dashboard of one call: its pipeline, its places, who waits how long, and its statistics. */
@Controller
class DashboardController {

    private final CallDashboard dashboard;
    private final ExchangeStatistics statistics;
    private final Names names;
    private final org.jumelage.partners.PartnerCatalog catalog;

    DashboardController(
            CallDashboard dashboard,
            ExchangeStatistics statistics,
            Names names,
            org.jumelage.partners.PartnerCatalog catalog) {
        this.dashboard = dashboard;
        this.statistics = statistics;
        this.names = names;
        this.catalog = catalog;
    }

    @GetMapping("/office/exchange/calls/{id}/dashboard")
    String dashboard(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("pipeline", dashboard.of(id));
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("nominationStatuses", NominationStatus.values());
        model.addAttribute("statistics", statistics.ofCall(id));
        model.addAttribute(
                "cityNames",
                catalog.cities().stream().collect(java.util.stream.Collectors.toMap(c -> c.id(), c -> c.name(locale))));
        names.addTo(model, locale);
        return "exchange/dashboard";
    }
}
