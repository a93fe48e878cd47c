package org.jumelage.exchange.domain;

import java.math.BigDecimal;

/**
 * One group of a programme-year's plans or actual costs, as a query adds them up: the stage (null for actual costs),
 * the funding source, the currency, the sum, how many stays it counts and how many of them had no rate.
 */
public record BudgetSum(
        long programmeId,
        StayBudget.Stage stage,
        StayBudget.Funding funding,
        String currency,
        BigDecimal amount,
        long stays,
        long unrated) {

    /** A sum of actual costs, which has no stage and no rate. */
    public BudgetSum(long programmeId, StayBudget.Funding funding, String currency, BigDecimal amount, long lines) {
        this(programmeId, null, funding, currency, amount, lines, 0);
    }
}
