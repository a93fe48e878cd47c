package org.jumelage.exchange.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A stay's dates and mentor (sizes of {@code stay}, V11); the service checks that the dates make sense. */
record StayScheduleForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
        @Size(max = 200, message = "{validation.tooLong}") String mentor,
        long version)
        implements java.io.Serializable {}
