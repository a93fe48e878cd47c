package org.jumelage.exchange.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The office's change of one entry of a proposed allocation: another choice (none: empty) and the reason. */
record OverrideForm(
        Long placementId,

        @NotBlank(message = "{allocation.error.reason}") @Size(max = 1000, message = "{validation.tooLong}")
        String reason,

        long version)
        implements java.io.Serializable {}
