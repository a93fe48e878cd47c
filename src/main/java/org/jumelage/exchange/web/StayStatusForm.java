package org.jumelage.exchange.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jumelage.exchange.StayStatus;

/** A stay's next status; a cancellation needs its reason (size of {@code stay.cancel_reason}, V11). */
record StayStatusForm(
        @NotNull(message = "{stay.error.transition}") StayStatus status,
        @Size(max = 2000, message = "{validation.tooLong}") String reason,
        long version)
        implements java.io.Serializable {}
