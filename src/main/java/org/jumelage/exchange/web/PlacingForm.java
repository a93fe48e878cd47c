package org.jumelage.exchange.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The office places a shortlisted applicant in one of their choices, for these dates. */
record PlacingForm(
        @NotNull(message = "{application.error.notAChoice}") Long placementId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
        long version)
        implements java.io.Serializable {}
