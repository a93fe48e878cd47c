package org.jumelage.exchange.domain;

import java.time.Instant;
import org.jumelage.exchange.ApplicationStatus;

/** What a reminder says of an application that waits for an approver: plain values, no collections. */
record WaitingApplication(
        long id,
        ApplicationStatus status,
        Long supervisorId,
        long homeUnitId,
        String applicantName,
        long callId,
        Instant statusSince) {}
