package org.jumelage.exchange.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A quota agreed with a partner administration for a year (the administration and year only for a new one). */
record QuotaForm(
        Long administrationId,

        @Min(value = 2000, message = "{quota.error.year}") @Max(value = 2100, message = "{quota.error.year}")
        Integer year,

        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{quota.error.placesRange}")
        @Max(value = 500, message = "{quota.error.placesRange}")
        Integer places,

        @Size(max = 500, message = "{quota.error.note}") String note,
        Long version)
        implements java.io.Serializable {}
