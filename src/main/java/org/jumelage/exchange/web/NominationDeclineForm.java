package org.jumelage.exchange.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The host declines a nominated guest and says why (size of {@code nomination.reason}, V11). */
record NominationDeclineForm(
        @NotBlank(message = "{application.error.reasonRequired}")
        @Size(max = 2000, message = "{nomination.error.reasonTooLong}")
        String reason,

        long version)
        implements java.io.Serializable {}
