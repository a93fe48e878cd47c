package org.jumelage.exchange.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A programme's budget for a year (the programme and year only for a new one); the amount as typed. */
record BudgetForm(
        Long programmeId,

        @Min(value = 2000, message = "{rate.error.year}") @Max(value = 2100, message = "{rate.error.year}")
        Integer year,

        @Size(max = 24, message = "{money.error.format}") String amount,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{budget.error.warnPercent}")
        @Max(value = 100, message = "{budget.error.warnPercent}")
        Integer warnPercent,

        @Size(max = 500, message = "{budget.error.note}") String note,
        Long version)
        implements java.io.Serializable {}
