package org.jumelage.exchange.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A cost rate for a destination country and year (the country and year only for a new one); amounts as typed. */
record CostRateForm(
        String countryCode,

        @Min(value = 2000, message = "{rate.error.year}") @Max(value = 2100, message = "{rate.error.year}")
        Integer year,

        @Size(max = 24, message = "{money.error.format}") String travel,
        @Size(max = 24, message = "{money.error.format}") String accommodation,
        @Size(max = 24, message = "{money.error.format}") String subsistence,
        Long version)
        implements java.io.Serializable {}
