package org.jumelage.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jumelage.exchange.StayStatus;
import org.jumelage.exchange.domain.BudgetStanding.Level;
import org.jumelage.exchange.domain.StayBudget.Funding;
import org.jumelage.exchange.domain.StayBudget.Stage;
import org.jumelage.exchange.domain.StayCost.Category;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.Money;
import org.jumelage.shared.RuleViolation;
import org.jumelage.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The budget on the real schema (also on PostgreSQL in CI): a stay's plan from the rate of its destination and year,
 * recalculated when its dates change and following its stage; actual costs against it; a programme's planned,
 * committed and spent per funding source, added up by the database to the cent, with the warning before its budget
 * is exceeded; the office alone; and the figures surviving the erasure of the stays. Each test plans its stays in a
 * year of its own, far ahead, so that no demo rate or other test's stay is counted with them.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + ExchangeSmtp.PORT})
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
@Tag("database")
class BudgetTests {

    static final com.icegreen.greenmail.util.GreenMail smtp = ExchangeSmtp.SERVER;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AtomicInteger YEARS = new AtomicInteger(10);

    @Autowired
    ApplicationContext context;

    @Autowired
    CostRates rates;

    @Autowired
    StayBudgets budgets;

    @Autowired
    ProgrammeBudgets programmeBudgets;

    @Autowired
    StayService stayService;

    @Autowired
    CallService calls;

    @Autowired
    AccountService accounts;

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    ExchangeRows rows;

    @BeforeEach
    void office() {
        rows = ExchangeRows.of(context);
        SignedIn.as(accounts, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        clock.set(java.time.Instant.now());
    }

    /** A programme with a call whose stays lie in a year of the test's own. */
    private record Setting(Programme programme, Call call, Placement warsaw, int year) {}

    private Setting setting() {
        int year = LocalDate.now(BERLIN).getYear() + YEARS.incrementAndGet();
        Programme programme = rows.programme(ExchangeRows.unique("Budgetprogramm"));
        LocalDate from = LocalDate.of(year, 3, 1);
        java.time.LocalDateTime now =
                java.time.LocalDateTime.now(clock.withZone(BERLIN)).withNano(0);
        Call call = calls.create(new CallDetails(
                programme.getId(),
                ExchangeRows.unique("Budgetausschreibung"),
                "Budget call",
                now.minusDays(1),
                now.plusDays(30),
                BERLIN,
                from,
                from.plusMonths(8).minusDays(1),
                2,
                12,
                24,
                Set.of(rows.unit("SENUVK")),
                Set.of("fr", "pl", "en")));
        return new Setting(programme, call, rows.placement(call, rows.unit("WAW"), "Warschau"), year);
    }

    /** Placed in Warsaw for 8 weeks from the placement's start, planned as the services plan a new stay. */
    private Stay staying(Setting s) {
        var applicant = rows.applicant("Budget");
        long supervisor = accounts.staffMember("supervisor").orElseThrow().accountId();
        Stay stay = rows.placed(s.call(), applicant, supervisor, s.warsaw());
        budgets.follow(stay);
        return stay;
    }

    private static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void aStayIsPlannedFromTheRateOfItsDestinationAndYearAndFollowsItsDates() {
        Setting s = setting();
        rates.create("PL", s.year(), euros("190.00"), euros("38.50"), euros("24.10"));
        Stay stay = staying(s);

        StayBudget plan = budgets.of(stay.getId()).orElseThrow();
        // 8 weeks = 56 days; with two travel days 58 days of subsistence, and 57 nights.
        assertThat(plan.getCountryCode()).isEqualTo("PL");
        assertThat(plan.getYear()).isEqualTo(s.year());
        assertThat(plan.getDays()).isEqualTo(58);
        assertThat(plan.getNights()).isEqualTo(57);
        assertThat(plan.travel()).isEqualTo(eur("190.00"));
        assertThat(plan.accommodation()).isEqualTo(eur("2194.50"));
        assertThat(plan.subsistence()).isEqualTo(eur("1397.80"));
        assertThat(plan.total()).isEqualTo(eur("3782.30"));
        assertThat(plan.getFunding()).isEqualTo(Funding.PROGRAMME);
        assertThat(plan.getStage()).isEqualTo(Stage.PLANNED);

        // Two weeks shorter: recalculated when the office changes the dates.
        stayService.reschedule(
                stay.getId(),
                stay.getVersion(),
                stay.getStartsOn(),
                stay.getStartsOn().plusWeeks(6).minusDays(1),
                null);
        plan = budgets.of(stay.getId()).orElseThrow();
        assertThat(plan.getDays()).isEqualTo(44);
        assertThat(plan.total())
                .isEqualTo(eur("190.00")
                        .plus(eur("38.50").times(43))
                        .plus(eur("24.10").times(44)));

        // Confirmed: committed; cancelled: counted no more.
        Stay current = stayService.view(stay.getId());
        stayService.moveTo(current.getId(), current.getVersion(), StayStatus.CONFIRMED, null);
        assertThat(budgets.of(stay.getId()).orElseThrow().getStage()).isEqualTo(Stage.COMMITTED);
        current = stayService.view(stay.getId());
        stayService.moveTo(current.getId(), current.getVersion(), StayStatus.CANCELLED, "Erkrankt");
        assertThat(budgets.of(stay.getId()).orElseThrow().getStage()).isEqualTo(Stage.CANCELLED);
        assertThat(programmeBudgets
                        .standing(s.programme().getId(), s.year())
                        .own()
                        .expected())
                .isEqualTo(eur("0.00"));
    }

    @Test
    void withoutARateThePlanSaysSoAndARateSetLaterIsTakenWhenTheOfficeRecalculates() {
        Setting s = setting();
        Stay stay = staying(s);
        StayBudget plan = budgets.of(stay.getId()).orElseThrow();
        assertThat(plan.isRated()).isFalse();
        assertThat(plan.total()).isEqualTo(eur("0.00"));
        assertThat(programmeBudgets
                        .standing(s.programme().getId(), s.year())
                        .own()
                        .unrated())
                .isEqualTo(1);

        CostRate rate = rates.create("PL", s.year(), euros("100.00"), euros("10.00"), euros("1.00"));
        budgets.replan(stay.getId(), plan.getVersion());
        assertThat(budgets.of(stay.getId()).orElseThrow().total()).isEqualTo(eur("728.00"));

        // A changed rate does not change a plan behind anyone's back; a recalculation takes it.
        rates.change(rate.getId(), rate.getVersion(), euros("200.00"), euros("10.00"), euros("1.00"));
        StayBudget kept = budgets.of(stay.getId()).orElseThrow();
        assertThat(kept.total()).isEqualTo(eur("728.00"));
        budgets.replan(stay.getId(), kept.getVersion());
        assertThat(budgets.of(stay.getId()).orElseThrow().total()).isEqualTo(eur("828.00"));
        assertThatThrownBy(() -> budgets.replan(stay.getId(), kept.getVersion()))
                .isInstanceOf(EditConflict.class);
    }

    @Test
    void aProgrammesFiguresAddUpToTheCentPerFundingSourceAndWarnBeforeTheBudgetIsExceeded() {
        Setting s = setting();
        rates.create("PL", s.year(), euros("0.10"), euros("0.20"), euros("0.30"));
        // 56 days: 0.10 + 57 × 0.20 + 58 × 0.30 = 28.90 per stay.
        Stay planned = staying(s);
        Stay committed = staying(s);
        Stay granted = staying(s);
        stayService.moveTo(committed.getId(), committed.getVersion(), StayStatus.CONFIRMED, null);
        StayBudget grantedPlan = budgets.of(granted.getId()).orElseThrow();
        budgets.fund(granted.getId(), grantedPlan.getVersion(), Funding.EU_GRANT);
        // Costs of odd cents, which a floating-point sum would not add up exactly.
        for (int i = 0; i < 10; i++) {
            budgets.record(committed.getId(), Category.SUBSISTENCE, euros("0.10"), LocalDate.of(s.year(), 3, 2), null);
        }
        budgets.record(committed.getId(), Category.OTHER, euros("0.07"), LocalDate.of(s.year(), 3, 2), "Visum");
        budgets.record(granted.getId(), Category.TRAVEL, euros("12.34"), LocalDate.of(s.year(), 3, 2), null);

        BudgetStanding standing = programmeBudgets.standing(s.programme().getId(), s.year());
        assertThat(standing.level()).isEqualTo(Level.NONE);
        assertThat(standing.own().planned()).isEqualTo(eur("28.90"));
        assertThat(standing.own().committed()).isEqualTo(eur("28.90"));
        assertThat(standing.own().spent()).isEqualTo(eur("1.07"));
        assertThat(standing.own().stays()).isEqualTo(2);
        assertThat(standing.figures().get(Funding.EU_GRANT).planned()).isEqualTo(eur("28.90"));
        assertThat(standing.figures().get(Funding.EU_GRANT).spent()).isEqualTo(eur("12.34"));
        assertThat(standing.total().expected()).isEqualTo(eur("86.70"));
        assertThat(standing.total().spent()).isEqualTo(eur("13.41"));
        List<PlanLine> lines =
                budgets.compare(budgets.of(committed.getId()).orElseThrow(), budgets.costs(committed.getId()));
        assertThat(lines.getLast().actual()).isEqualTo(eur("1.07"));
        assertThat(lines.getLast().planned()).isEqualTo(eur("28.90"));
        assertThat(lines.get(2).difference()).isEqualTo(eur("16.40"));

        // 57.80 used of 70.00 (82 %): fine at a warning from 90 %, warned at 80 %, exceeded below 57.80.
        ProgrammeBudget budget = programmeBudgets.set(s.programme().getId(), s.year(), euros("70.00"), 90, null);
        assertThat(programmeBudgets.standing(s.programme().getId(), s.year()).level())
                .isEqualTo(Level.OK);
        programmeBudgets.change(budget.getId(), budget.getVersion(), euros("70.00"), 80, null);
        BudgetStanding near = programmeBudgets.standing(s.programme().getId(), s.year());
        assertThat(near.level()).isEqualTo(Level.NEAR);
        assertThat(near.usedPercent()).isEqualTo(82);
        assertThat(near.remaining()).contains(eur("12.20"));
        programmeBudgets.change(budget.getId(), budget.getVersion() + 1, euros("57.79"), 80, null);
        BudgetStanding over = programmeBudgets.standing(s.programme().getId(), s.year());
        assertThat(over.level()).isEqualTo(Level.OVER);
        assertThat(over.remaining()).contains(eur("-0.01"));
        assertThatThrownBy(() -> programmeBudgets.change(budget.getId(), budget.getVersion(), euros("1"), 80, null))
                .isInstanceOf(EditConflict.class);
    }

    @Test
    void badInputIsRefusedWithItsReasonAndChangesNothing() {
        Setting s = setting();
        Stay stay = staying(s);
        assertThatThrownBy(() -> rates.create("XX", s.year(), euros("1"), euros("1"), euros("1")))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "rate.error.country");
        assertThatThrownBy(() -> rates.create("PL", s.year(), euros("1.005"), euros("1"), euros("1")))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "cost.error.cents");
        assertThatThrownBy(() -> rates.create("PL", s.year(), euros("-1"), euros("1"), euros("1")))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "rate.error.amount");
        rates.create("PL", s.year(), euros("1"), euros("1"), euros("1"));
        assertThatThrownBy(() -> rates.create("PL", s.year(), euros("2"), euros("2"), euros("2")))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "rate.error.exists");
        assertThatThrownBy(() -> budgets.record(stay.getId(), Category.TRAVEL, euros("0"), LocalDate.now(), null))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "cost.error.amount");
        assertThatThrownBy(() -> budgets.record(stay.getId(), null, euros("1"), LocalDate.now(), null))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "cost.error.category");
        assertThatThrownBy(() -> programmeBudgets.set(s.programme().getId(), s.year(), euros("10"), 0, null))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "budget.error.warnPercent");
        assertThat(budgets.costs(stay.getId())).isEmpty();
        assertThat(programmeBudgets.standing(s.programme().getId(), s.year()).budget())
                .isNull();
    }

    @Test
    void onlyTheOfficeSeesAndKeepsTheBudget() {
        Setting s = setting();
        Stay stay = staying(s);
        for (String username : List.of("editor", "staff", "hr", "paris")) {
            SignedIn.as(accounts, username);
            assertThatThrownBy(() -> budgets.of(stay.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> budgets.record(stay.getId(), Category.TRAVEL, euros("1"), LocalDate.now(), null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rates.create("PL", s.year(), euros("1"), euros("1"), euros("1")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> programmeBudgets.standing(s.programme().getId(), s.year()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theFiguresSurviveTheErasureOfTheStaysWithoutTheNotes() {
        Setting s = setting();
        rates.create("PL", s.year(), euros("100.00"), euros("10.00"), euros("1.00"));
        Stay stay = staying(s);
        budgets.record(stay.getId(), Category.TRAVEL, euros("99.99"), LocalDate.of(s.year(), 3, 1), "Beleg von Frau X");
        BudgetStanding before = programmeBudgets.standing(s.programme().getId(), s.year());

        // Past the call's retention (24 months after its window): the stays are erased.
        clock.set(s.call().erasureDue().plusDays(1).atStartOfDay(BERLIN).toInstant());
        assertThat(retention.eraseDue()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("select count(*) from exchange_stay where id = ?", Long.class, stay.getId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from exchange_stay_budget b where b.stay_id is null and b.programme_id = ?",
                        Long.class,
                        s.programme().getId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select c.note from exchange_stay_cost c join exchange_stay_budget b on b.id = c.budget_id"
                                + " where b.programme_id = ?",
                        String.class,
                        s.programme().getId()))
                .containsExactly((String) null);
        BudgetStanding after = programmeBudgets.standing(s.programme().getId(), s.year());
        assertThat(after.own()).isEqualTo(before.own());
    }
}
