package org.jumelage.exchange.domain;

import org.jumelage.shared.Money;

/** A line of a stay's plan against its actual costs: one per category, and the total (category null). */
public record PlanLine(StayCost.Category category, Money planned, Money actual) {

    /** What is left of the plan; negative when more was paid than planned. */
    public Money difference() {
        return planned.minus(actual);
    }
}
