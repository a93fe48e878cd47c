package org.jumelage.exchange.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jumelage.exchange.domain.BudgetStanding.Figures;
import org.jumelage.exchange.domain.StayBudget.Funding;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.Money;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes' budgets per year and where each stands: planned, committed and spent per funding source, added up
 * by the database (one query for the plans and one for the costs of a year, whatever the number of stays). The
 * office alone sees and sets them.
 */
@Service
@Transactional
public class ProgrammeBudgets {

    private final ProgrammeBudgetRepository budgets;
    private final StayBudgetRepository plans;
    private final ProgrammeRepository programmes;
    private final ExchangeAccess access;
    private final Clock clock;
    private final Currency currency;

    ProgrammeBudgets(
            ProgrammeBudgetRepository budgets,
            StayBudgetRepository plans,
            ProgrammeRepository programmes,
            ExchangeAccess access,
            Clock clock,
            ExchangeProperties settings) {
        this.budgets = budgets;
        this.plans = plans;
        this.programmes = programmes;
        this.access = access;
        this.clock = clock;
        this.currency = settings.currency();
    }

    /** Where each of the given programmes stands in the year, in the order given. */
    @Transactional(readOnly = true)
    public List<BudgetStanding> standings(Collection<Long> programmeIds, int year) {
        office();
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        Map<Long, ProgrammeBudget> set = new HashMap<>();
        budgets.findByYear(year).forEach(b -> set.put(b.getProgrammeId(), b));
        Map<Long, Map<Funding, Figures>> figures = new LinkedHashMap<>();
        for (BudgetSum sum : plans.plannedIn(year, programmeIds)) {
            Money amount = money(sum);
            Money nothing = Money.zero(amount.currency());
            Figures f = switch (sum.stage()) {
                case PLANNED -> new Figures(amount, nothing, nothing, sum.stays(), sum.unrated());
                case COMMITTED -> new Figures(nothing, amount, nothing, sum.stays(), sum.unrated());
                case CANCELLED -> new Figures(nothing, nothing, nothing, 0, 0);
            };
            add(figures, sum.programmeId(), sum.funding(), f);
        }
        for (BudgetSum sum : plans.spentIn(year, programmeIds)) {
            Money nothing = Money.zero(currency);
            add(figures, sum.programmeId(), sum.funding(), new Figures(nothing, nothing, money(sum), 0, 0));
        }
        return programmeIds.stream()
                .map(id -> new BudgetStanding(id, year, set.get(id), figures.getOrDefault(id, Map.of()), currency))
                .toList();
    }

    @Transactional(readOnly = true)
    public BudgetStanding standing(long programmeId, int year) {
        return standings(List.of(programmeId), year).getFirst();
    }

    private static void add(Map<Long, Map<Funding, Figures>> figures, long programme, Funding funding, Figures f) {
        figures.computeIfAbsent(programme, p -> new EnumMap<>(Funding.class)).merge(funding, f, Figures::plus);
    }

    private Money money(BudgetSum sum) {
        BigDecimal amount = sum.amount() == null ? BigDecimal.ZERO : sum.amount();
        return new Money(amount, Currency.getInstance(sum.currency()));
    }

    public ProgrammeBudget set(long programmeId, int year, BigDecimal amount, int warnPercent, String note) {
        office();
        programmes.findById(programmeId).orElseThrow(() -> RuleViolation.at("programmeId", "budget.error.programme"));
        if (budgets.findByProgrammeIdAndYear(programmeId, year).isPresent()) {
            throw RuleViolation.at("year", "budget.error.exists");
        }
        return budgets.saveAndFlush(
                new ProgrammeBudget(programmeId, year, money(amount), warnPercent, note, clock.instant()));
    }

    public void change(long id, long version, BigDecimal amount, int warnPercent, String note) {
        office();
        ProgrammeBudget budget = budgets.findById(id).orElseThrow(() -> new NotFound("budget", id));
        if (budget.getVersion() != version) {
            throw new EditConflict("budget " + id, version, budget.getVersion());
        }
        budget.change(money(amount), warnPercent, note, clock.instant());
        budgets.flush();
    }

    private Money money(BigDecimal amount) {
        if (amount == null) {
            throw RuleViolation.at("amount", "budget.error.amount");
        }
        try {
            return new Money(amount, currency);
        } catch (IllegalArgumentException tooPrecise) {
            throw RuleViolation.at("amount", "cost.error.cents");
        }
    }

    public Currency currency() {
        return currency;
    }

    private void office() {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("the office keeps the budget");
        }
    }
}
