package org.jumelage.exchange.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jumelage.exchange.domain.StayCost.Category;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.people.DemoData;
import org.jumelage.people.DemoMode;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's budget (issue 13): cost rates for last year, this year and next for every partner city's country and
 * for Berlin (incoming guests), EVA's budget for the year of its past call, set so that the office sees the warning
 * before it is exceeded, every demo stay planned from the rates, and the actual costs of Vera Viewer's completed stay
 * in Warsaw recorded against its plan. The amounts are plausible, not Berlin's real rates.
 */
@Component
@Order(42)
@DemoData
class BudgetDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BudgetDemoData.class);

    /** Travel per stay, accommodation per night, subsistence per day, by country; others take the last row. */
    private static final Map<String, String[]> RATES = Map.of(
            "FR", new String[] {"320.00", "62.00", "36.00"},
            "PL", new String[] {"190.00", "38.00", "24.00"},
            "AT", new String[] {"240.00", "55.00", "33.00"},
            "CZ", new String[] {"150.00", "36.00", "24.00"},
            "DE", new String[] {"0.00", "48.00", "28.00"},
            "*", new String[] {"420.00", "50.00", "30.00"});

    private final DemoMode demoMode;
    private final CostRateRepository rates;
    private final ProgrammeBudgetRepository budgets;
    private final ProgrammeRepository programmes;
    private final CallRepository calls;
    private final StayRepository stays;
    private final StayBudgets stayBudgets;
    private final StayBudgetRepository plans;
    private final StayCostRepository costs;
    private final Organisation organisation;
    private final PartnerCatalog catalog;
    private final Clock clock;
    private final Currency currency;
    private final String homeCountry;

    BudgetDemoData(
            DemoMode demoMode,
            CostRateRepository rates,
            ProgrammeBudgetRepository budgets,
            ProgrammeRepository programmes,
            CallRepository calls,
            StayRepository stays,
            StayBudgets stayBudgets,
            StayBudgetRepository plans,
            StayCostRepository costs,
            Organisation organisation,
            PartnerCatalog catalog,
            Clock clock,
            ExchangeProperties settings) {
        this.demoMode = demoMode;
        this.rates = rates;
        this.budgets = budgets;
        this.programmes = programmes;
        this.calls = calls;
        this.stays = stays;
        this.stayBudgets = stayBudgets;
        this.plans = plans;
        this.costs = costs;
        this.organisation = organisation;
        this.catalog = catalog;
        this.clock = clock;
        this.currency = settings.currency();
        this.homeCountry = settings.homeCountry();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.isDemoInstance() || rates.count() > 0) {
            return;
        }
        Optional<Programme> eva = programmes.findAll().stream()
                .filter(p -> p.getCode().equals("EVA"))
                .findFirst();
        if (eva.isEmpty()) {
            return;
        }
        int thisYear = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).getYear();
        Set<String> countries = new LinkedHashSet<>();
        countries.add(homeCountry);
        organisation.units().stream()
                .map(UnitRef::partnerCityId)
                .filter(java.util.Objects::nonNull)
                .map(catalog::city)
                .flatMap(Optional::stream)
                .map(PartnerCatalog.CityRef::countryCode)
                .forEach(countries::add);
        for (int year = thisYear - 1; year <= thisYear + 1; year++) {
            for (String country : countries) {
                String[] rate = RATES.getOrDefault(country, RATES.get("*"));
                rates.save(
                        new CostRate(country, year, money(rate[0]), money(rate[1]), money(rate[2]), clock.instant()));
            }
        }
        rates.flush();
        stays.findAll().forEach(stayBudgets::follow);
        plans.flush();

        Optional<Stay> warsaw = calls.findAll().stream()
                .filter(c -> c.getTitleDe().equals("EVA: Hospitationen im Sommer"))
                .findFirst()
                .flatMap(c -> stays.findByCallId(c.getId()).stream().findFirst());
        int pastYear = warsaw.map(s -> s.getStartsOn().getYear()).orElse(thisYear);
        if (warsaw.isPresent()) {
            StayBudget plan = plans.findByStayId(warsaw.get().getId()).orElseThrow();
            LocalDate start = warsaw.get().getStartsOn();
            costs.save(new StayCost(
                    plan.getId(),
                    Category.TRAVEL,
                    money("176.40"),
                    start.minusDays(20),
                    "Beleg R-0412",
                    "Demo",
                    clock.instant()));
            costs.save(new StayCost(
                    plan.getId(),
                    Category.ACCOMMODATION,
                    money("2166.00"),
                    start.plusDays(3),
                    "Beleg R-0431",
                    "Demo",
                    clock.instant()));
            costs.save(new StayCost(
                    plan.getId(),
                    Category.SUBSISTENCE,
                    money("1392.00"),
                    start.plusDays(3),
                    "Beleg R-0432",
                    "Demo",
                    clock.instant()));
            costs.save(new StayCost(
                    plan.getId(),
                    Category.OTHER,
                    money("48.90"),
                    start.minusDays(10),
                    "Auslandskrankenversicherung",
                    "Demo",
                    clock.instant()));
        }
        // The year of the past call: planned, committed and spent come close to the budget, so the warning shows.
        budgets.save(new ProgrammeBudget(
                eva.get().getId(), pastYear, money("4200.00"), 85, "Haushaltsansatz EVA (Demo)", clock.instant()));
        if (pastYear != thisYear + 1) {
            budgets.save(new ProgrammeBudget(
                    eva.get().getId(),
                    thisYear + 1,
                    money("24000.00"),
                    90,
                    "Haushaltsansatz EVA (Demo)",
                    clock.instant()));
        }
        log.info(
                "Loaded cost rates for {} countries, EVA's budgets and the costs of the past EVA stay",
                countries.size());
    }

    private Money money(String amount) {
        return new Money(new BigDecimal(amount), currency);
    }
}
