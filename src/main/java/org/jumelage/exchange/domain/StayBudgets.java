package org.jumelage.exchange.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jumelage.exchange.domain.StayBudget.Funding;
import org.jumelage.exchange.domain.StayBudget.Plan;
import org.jumelage.exchange.domain.StayCost.Category;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.people.Organisation;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.Money;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each stay's budget: the plan computed from the rate of its destination and year, kept in step with the stay (its
 * dates, its destination, its stage), its funding source, and the actual costs the office records against it. The
 * office alone sees and changes budgets.
 *
 * <p>A plan counts the stay's days without travel days, as its training agreement names them, plus two travel days
 * for subsistence and one night more than days for accommodation (the arrival night): a stay from the 1st to the
 * 31st of a month plans 33 days of subsistence and 32 nights.
 */
@Service
@Transactional
public class StayBudgets {

    /** The travel days before and after a stay, paid subsistence but not counted in its period. */
    static final int TRAVEL_DAYS = 2;

    /** The most cost lines a stay may have: the page lists them all. */
    static final int MAX_COSTS = 200;

    private static final Logger log = LoggerFactory.getLogger(StayBudgets.class);

    private final StayBudgetRepository budgets;
    private final StayCostRepository costs;
    private final CostRateRepository rates;
    private final StayRepository stays;
    private final CallRepository calls;
    private final Organisation organisation;
    private final PartnerCatalog catalog;
    private final ExchangeAccess access;
    private final Clock clock;
    private final Currency currency;
    private final String homeCountry;
    private final TransactionTemplate transactions;

    StayBudgets(
            StayBudgetRepository budgets,
            StayCostRepository costs,
            CostRateRepository rates,
            StayRepository stays,
            CallRepository calls,
            Organisation organisation,
            PartnerCatalog catalog,
            ExchangeAccess access,
            Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactionManager,
            ExchangeProperties settings) {
        this.budgets = budgets;
        this.costs = costs;
        this.rates = rates;
        this.stays = stays;
        this.calls = calls;
        this.organisation = organisation;
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
        this.currency = settings.currency();
        this.homeCountry = settings.homeCountry();
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Keeps the stay's budget in step with the stay: plans a new stay (paid from the programme when outgoing, by the
     * partner city when incoming), recalculates the plan when the destination, year or length changed, and follows
     * the stay's stage. Every service that creates, moves or changes the course of a stay calls it.
     */
    void follow(Stay stay) {
        Plan plan = plan(stay);
        Optional<StayBudget> existing = budgets.findByStayId(stay.getId());
        if (existing.isEmpty()) {
            long programme = calls.findById(stay.getCallId()).orElseThrow().getProgrammeId();
            Funding funding = stay.isIncoming() ? Funding.PARTNER_CITY : Funding.PROGRAMME;
            budgets.save(new StayBudget(stay, programme, funding, plan, clock.instant()));
            return;
        }
        StayBudget budget = existing.get();
        if (!budget.plannedFor(plan)) {
            budget.replan(plan, clock.instant());
        }
        budget.follow(stay.getStatus(), clock.instant());
    }

    /** The plan of a stay from today's rates. */
    Plan plan(Stay stay) {
        String country = stay.isIncoming() ? homeCountry : destination(stay.getAdministrationId());
        int year = stay.getStartsOn().getYear();
        int stayDays = (int) ChronoUnit.DAYS.between(stay.getStartsOn(), stay.getEndsOn()) + 1;
        int days = stayDays + TRAVEL_DAYS;
        int nights = stayDays + 1;
        Optional<CostRate> rate = country == null ? Optional.empty() : rates.findByCountryCodeAndYear(country, year);
        if (rate.isEmpty()) {
            Money nothing = Money.zero(currency);
            return new Plan(year, country, null, days, nights, nothing, nothing, nothing);
        }
        CostRate r = rate.get();
        return new Plan(
                year,
                country,
                r.getId(),
                days,
                nights,
                r.travel(),
                r.accommodation().times(nights),
                r.subsistence().times(days));
    }

    private String destination(long administrationId) {
        return organisation
                .unit(administrationId)
                .map(org.jumelage.people.UnitRef::partnerCityId)
                .flatMap(catalog::city)
                .map(PartnerCatalog.CityRef::countryCode)
                .orElse(null);
    }

    /** The stay's budget, for the office. Empty for a stay not yet planned (see {@link #planMissing}). */
    @Transactional(readOnly = true)
    public Optional<StayBudget> of(long stayId) {
        office();
        stays.findById(stayId).orElseThrow(() -> new NotFound("stay", stayId));
        return budgets.findByStayId(stayId);
    }

    public void fund(long stayId, long version, Funding funding) {
        if (funding == null) {
            throw RuleViolation.at("funding", "budget.error.funding");
        }
        checked(stayId, version).fund(funding, clock.instant());
        budgets.flush();
    }

    /** Computes the plan anew from today's rates, after the office changed a rate. */
    public void replan(long stayId, long version) {
        StayBudget budget = checked(stayId, version);
        Stay stay = stays.findById(stayId).orElseThrow();
        budget.replan(plan(stay), clock.instant());
        budget.follow(stay.getStatus(), clock.instant());
        budgets.flush();
    }

    public StayCost record(long stayId, Category category, BigDecimal amount, LocalDate paidOn, String note) {
        StayBudget budget = of(stayId).orElseThrow(() -> new NotFound("budget of stay", stayId));
        if (costs.countByBudgetId(budget.getId()) >= MAX_COSTS) {
            throw new RuleViolation("cost.error.tooMany", MAX_COSTS);
        }
        Money money;
        try {
            money = new Money(amount, currency);
        } catch (IllegalArgumentException tooPrecise) {
            throw RuleViolation.at("amount", "cost.error.cents");
        }
        return costs.save(new StayCost(
                budget.getId(), category, money, paidOn, note, access.user().displayName(), clock.instant()));
    }

    public void remove(long stayId, long costId) {
        StayBudget budget = of(stayId).orElseThrow(() -> new NotFound("budget of stay", stayId));
        StayCost cost = costs.findById(costId)
                .filter(c -> c.getBudgetId() == budget.getId())
                .orElseThrow(() -> new NotFound("cost", costId));
        costs.delete(cost);
    }

    /** Every cost line of the stay, by the day it was paid (at most {@link #MAX_COSTS}). */
    @Transactional(readOnly = true)
    public List<StayCost> costs(long stayId) {
        return of(stayId)
                .map(b -> costs.findByBudgetIdOrderByPaidOnAscIdAsc(b.getId(), PageRequest.of(0, MAX_COSTS)))
                .orElse(List.of());
    }

    /**
     * The plan against the actual costs: a line per category (other costs have no plan), then the total, which adds
     * up the lines above it to the cent.
     */
    public List<PlanLine> compare(StayBudget budget, List<StayCost> lines) {
        Map<Category, Money> actual = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            actual.put(category, Money.zero(budget.currency()));
        }
        lines.forEach(c -> actual.merge(c.getCategory(), c.amount(), Money::plus));
        Map<Category, Money> planned = Map.of(
                Category.TRAVEL, budget.travel(),
                Category.ACCOMMODATION, budget.accommodation(),
                Category.SUBSISTENCE, budget.subsistence(),
                Category.OTHER, Money.zero(budget.currency()));
        List<PlanLine> result = new java.util.ArrayList<>();
        Money plannedTotal = Money.zero(budget.currency());
        Money actualTotal = Money.zero(budget.currency());
        for (Category category : Category.values()) {
            result.add(new PlanLine(category, planned.get(category), actual.get(category)));
            plannedTotal = plannedTotal.plus(planned.get(category));
            actualTotal = actualTotal.plus(actual.get(category));
        }
        result.add(new PlanLine(null, plannedTotal, actualTotal));
        return result;
    }

    public Currency currency() {
        return currency;
    }

    /**
     * Plans the stays that have none: those from before budgets existed. Runs at start, in batches, each in its own
     * transaction; a stay without a rate for its destination gets an empty plan that says so.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void planMissing() {
        int planned = 0;
        try {
            while (true) {
                List<Long> batch = transactions.execute(s -> budgets.unplannedStays(PageRequest.of(0, 200)));
                if (batch == null || batch.isEmpty()) {
                    break;
                }
                transactions.executeWithoutResult(s -> stays.findAllById(batch).forEach(this::follow));
                planned += batch.size();
            }
        } catch (RuntimeException e) {
            // The start must not fail on it; the next start tries again, and each stay is planned when it changes.
            log.error("Planning the budgets of stays that had none failed after {}", planned, e);
        }
        if (planned > 0) {
            log.info("Planned the budgets of {} stays that had none", planned);
        }
    }

    private StayBudget checked(long stayId, long version) {
        StayBudget budget = of(stayId).orElseThrow(() -> new NotFound("budget of stay", stayId));
        if (budget.getVersion() != version) {
            throw new EditConflict("budget of stay " + stayId, version, budget.getVersion());
        }
        return budget;
    }

    private void office() {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("the office keeps the budget");
        }
    }
}
