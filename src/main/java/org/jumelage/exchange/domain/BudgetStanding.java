package org.jumelage.exchange.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import org.jumelage.exchange.domain.StayBudget.Funding;
import org.jumelage.shared.Money;

/**
 * Where a programme stands in a year: its budget (none set yet, perhaps), and per funding source what the stays plan
 * (not yet confirmed), what they commit (confirmed, under way or completed) and what was spent. Only the programme's
 * own money counts against the budget; the level warns once the larger of expected (planned and committed) and
 * spent reaches the budget's warning share, and says when it is exceeded.
 */
public record BudgetStanding(
        long programmeId, int year, ProgrammeBudget budget, Map<Funding, Figures> figures, Currency currency) {

    /** The level of the programme's own money against its budget. */
    public enum Level {
        NONE,
        OK,
        NEAR,
        OVER
    }

    /** One funding source's sums. */
    public record Figures(Money planned, Money committed, Money spent, long stays, long unrated) {

        static Figures zero(Currency currency) {
            Money nothing = Money.zero(currency);
            return new Figures(nothing, nothing, nothing, 0, 0);
        }

        /** What the stays are expected to cost: planned and committed. */
        public Money expected() {
            return planned.plus(committed);
        }

        Figures plus(Figures other) {
            return new Figures(
                    planned.plus(other.planned),
                    committed.plus(other.committed),
                    spent.plus(other.spent),
                    stays + other.stays,
                    unrated + other.unrated);
        }
    }

    public BudgetStanding {
        Map<Funding, Figures> complete = new EnumMap<>(Funding.class);
        for (Funding funding : Funding.values()) {
            complete.put(funding, figures.getOrDefault(funding, Figures.zero(currency)));
        }
        figures = java.util.Collections.unmodifiableMap(complete);
    }

    public Figures own() {
        return figures.get(Funding.PROGRAMME);
    }

    /** All funding sources together. */
    public Figures total() {
        Figures sum = Figures.zero(currency);
        for (Figures f : figures.values()) {
            sum = sum.plus(f);
        }
        return sum;
    }

    /** The larger of what the programme's stays are expected to cost and what was spent on them. */
    public Money used() {
        Money expected = own().expected();
        return expected.compareTo(own().spent()) >= 0 ? expected : own().spent();
    }

    /** The budget minus what is used; negative when exceeded. Empty without a budget. */
    public java.util.Optional<Money> remaining() {
        return budget == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(budget.amount().minus(used()));
    }

    /** The share of the budget used, in whole percent rounded down; 0 without a budget or for a budget of zero. */
    public int usedPercent() {
        if (budget == null || budget.amount().amount().signum() == 0) {
            return 0;
        }
        return used().amount()
                .multiply(BigDecimal.valueOf(100))
                .divide(budget.amount().amount(), 0, RoundingMode.DOWN)
                .intValue();
    }

    public Level level() {
        if (budget == null) {
            return Level.NONE;
        }
        Money limit = budget.amount();
        if (used().compareTo(limit) > 0) {
            return Level.OVER;
        }
        BigDecimal warnAt = limit.amount()
                .multiply(BigDecimal.valueOf(budget.getWarnPercent()))
                .divide(BigDecimal.valueOf(100), limit.amount().scale(), RoundingMode.DOWN);
        return used().amount().compareTo(warnAt) >= 0 ? Level.NEAR : Level.OK;
    }
}
