package org.jumelage.exchange.web;

import jakarta.validation.constraints.Size;

/** The applicant withdraws, optionally saying why (size of {@code application_step.reason}, V11). */
record WithdrawalForm(
        @Size(max = 2000, message = "{validation.tooLong}") String reason, long version)
        implements java.io.Serializable {}
