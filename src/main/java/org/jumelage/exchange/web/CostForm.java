package org.jumelage.exchange.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jumelage.exchange.domain.StayCost.Category;
import org.springframework.format.annotation.DateTimeFormat;

/** An actual cost of a stay, the amount as typed. */
record CostForm(
        @NotNull(message = "{cost.error.category}") Category category,
        @Size(max = 24, message = "{money.error.format}") String amount,

        @NotNull(message = "{cost.error.paidOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate paidOn,

        @Size(max = 300, message = "{cost.error.note}") String note)
        implements java.io.Serializable {}
