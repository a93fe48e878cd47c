package org.jumelage.exchange.web;

import jakarta.validation.constraints.NotNull;
import org.jumelage.exchange.domain.StayBudget.Funding;

/** Who pays a stay, or a request to recalculate its plan: the budget's version as loaded. */
record FundingForm(
        Funding funding,
        @NotNull(message = "{validation.required}") Long version) implements java.io.Serializable {}
