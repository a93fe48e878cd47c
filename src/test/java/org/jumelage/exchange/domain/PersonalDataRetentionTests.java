package org.jumelage.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.CefrLevel;
import org.jumelage.exchange.StayStatus;
import org.jumelage.people.Organisation;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.RuleViolation;
import org.jumelage.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * A call's retention ends: every personal record of it is erased and its anonymous statistics stay exactly as they
 * were. Runs on the real schema (also on PostgreSQL in CI); shares its application context with the workflow tests.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + ExchangeSmtp.PORT})
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
@Tag("database")
class PersonalDataRetentionTests {

    static final com.icegreen.greenmail.util.GreenMail smtp = ExchangeSmtp.SERVER;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    ApplicationService applications;

    @Autowired
    NominationService nominations;

    @Autowired
    CallService calls;

    @Autowired
    PlacementService placements;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    StayService stays;

    @Autowired
    ExchangeStatistics statistics;

    @Autowired
    org.jumelage.exchange.ExchangeFigures figures;

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    ApplicationRepository applicationRepository;

    @Autowired
    AccountService accounts;

    @Autowired
    Organisation organisation;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.set(java.time.Instant.now());
    }

    private long unit(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    private long version(long applicationId) {
        return applicationRepository.findById(applicationId).orElseThrow().getVersion();
    }

    private PlacementDetails placement(long callId, String unitCode, String topic, LocalDate from) {
        return new PlacementDetails(
                callId,
                unit(unitCode),
                topic,
                topic,
                null,
                null,
                from,
                from.plusWeeks(10),
                8,
                2,
                "Mentorin Erika Beispiel",
                List.of(new LanguageSkill("fr", CefrLevel.B1)));
    }

    private Application apply(Call call, String username, long placementId) {
        SignedIn.as(accounts, username);
        Application application = applications.start(
                call.getId(),
                new ApplicationDetails(
                        null,
                        "Position von " + username,
                        List.of(new LanguageSkill("fr", CefrLevel.B2)),
                        "Motivation von " + username,
                        "Ziele von " + username,
                        List.of(placementId),
                        call.getStaysFrom(),
                        call.getStaysFrom().plusWeeks(8).minusDays(1),
                        8,
                        accounts.loadUser("supervisor").orElseThrow().accountId()));
        applications.submit(application.getId(), version(application.getId()));
        return application;
    }

    private void decide(String username, long applicationId, boolean approve, String reason) {
        SignedIn.as(accounts, username);
        applications.decide(applicationId, version(applicationId), approve, reason);
    }

    @Test
    void afterTheRetentionNothingPersonalIsLeftAndTheStatisticsAreUnchanged() {
        SignedIn.as(accounts, "admin");
        long eva = programmes.all().stream()
                .filter(p -> p.getCode().equals("EVA"))
                .findFirst()
                .orElseThrow()
                .getId();
        LocalDate staysFrom = LocalDate.now(clock.withZone(BERLIN)).plusMonths(2);
        Call call = calls.create(new CallDetails(
                eva,
                "Retention",
                "Retention",
                LocalDateTime.now(clock.withZone(BERLIN)).minusDays(1).withNano(0),
                LocalDateTime.now(clock.withZone(BERLIN)).plusDays(10).withNano(0),
                BERLIN,
                staysFrom,
                staysFrom.plusMonths(4),
                4,
                12,
                3,
                Set.of(unit("SENUVK")),
                Set.of("fr")));
        long paris = placements
                .create(placement(call.getId(), "PAR", "Paris Retention", staysFrom))
                .getId();
        long hosting = placements
                .create(placement(call.getId(), "SENUVK", "Berlin Retention", staysFrom))
                .getId();

        // Placed and documented, declined, and two guests from partner cities: one accepted, one still open.
        long placed = apply(call, "staff", paris).getId();
        decide("supervisor", placed, true, null);
        decide("hr", placed, true, null);
        decide("admin", placed, true, null);
        Stay outgoing = applications.place(
                placed,
                version(placed),
                paris,
                staysFrom,
                staysFrom.plusWeeks(8).minusDays(1));
        stays.upload(
                outgoing.getId(),
                "Vereinbarung Stefan Staff",
                "vereinbarung.pdf",
                "%PDF-1.4 Vereinbarung mit Stefan Staff".getBytes(StandardCharsets.US_ASCII));
        long declined = apply(call, "editor", paris).getId();
        decide("supervisor", declined, false, "Personalengpass bei Erik Editor");

        SignedIn.as(accounts, "warsaw");
        Nomination fromWarsaw = nominations.nominate(
                hosting, "Agnieszka Gast", "agnieszka@example.org", "Planerin", "pl, de B2", "Austausch");
        SignedIn.as(accounts, "paris");
        nominations.nominate(hosting, "Pierre Invité", "pierre@example.org", "Urbaniste", "fr, de B1", null);
        SignedIn.as(accounts, "admin");
        long mentor = accounts.loadUser("supervisor").orElseThrow().accountId();
        Stay incoming = nominations.accept(fromWarsaw.getId(), fromWarsaw.getVersion(), mentor);
        assertThat(incoming.getMentor()).isEqualTo("Susanne Supervisor (Demo)");

        List<ExchangeStatistics.Row> before = statistics.ofCall(call.getId());
        assertThat(before).extracting(ExchangeStatistics.Row::people).containsOnly(1);
        assertThat(before)
                .extracting(ExchangeStatistics.Row::outcome)
                .containsExactlyInAnyOrder(
                        StayStatus.PLANNED.name(),
                        ApplicationStatus.DECLINED.name(),
                        StayStatus.PLANNED.name(),
                        "NOMINATED");
        // The reports' figures, counted by the database over every call, are what the calls' statistics say.
        List<org.jumelage.exchange.ExchangeFigures.Cell> figuresBefore = figures.cells(null, null, null);
        assertThat(figuresBefore)
                .anyMatch(cell -> cell.incoming())
                .anyMatch(cell -> !cell.incoming())
                .containsExactlyInAnyOrderElementsOf(wentOfEveryCall());
        SecurityContextHolder.clearContext();

        // Not yet: the day before the erasure is due.
        clock.set(call.erasureDue().minusDays(1).atTime(12, 0).atZone(BERLIN).toInstant());
        // The search has the personal data too (a decline reason, the guests' names, a stay's document).
        List<String> searchable =
                List.of("%Personalengpass%", "%Agnieszka Gast%", "%Pierre Invit%", "%Vereinbarung Stefan Staff%");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> searchable.forEach(
                        like -> assertThat(inSearch(like)).as(like).isPositive()));
        retention.eraseDue();
        assertThat(calls.get(call.getId()).isErased()).isFalse();

        clock.set(call.erasureDue().atTime(3, 40).atZone(BERLIN).toInstant());
        assertThat(retention.eraseDue()).isPositive();

        assertThat(calls.get(call.getId()).isErased()).isTrue();
        assertThat(statistics.ofCall(call.getId())).isEqualTo(before);
        SignedIn.as(accounts, "admin");
        assertThat(figures.cells(null, null, null)).containsExactlyInAnyOrderElementsOf(figuresBefore);
        SecurityContextHolder.clearContext();
        assertThat(count("select count(*) from exchange_application where call_id = ?", call.getId()))
                .isZero();
        assertThat(count("select count(*) from application_step where application_id in (?, ?)", placed, declined))
                .isZero();
        assertThat(count("select count(*) from application_language where application_id in (?, ?)", placed, declined))
                .isZero();
        assertThat(count("select count(*) from nomination where placement_id in (?, ?)", paris, hosting))
                .isZero();
        assertThat(count("select count(*) from exchange_stay where call_id = ?", call.getId()))
                .isZero();
        assertThat(count(
                        "select count(*) from stay_document where stay_id in (?, ?)",
                        outgoing.getId(),
                        incoming.getId()))
                .isZero();
        assertThat(count("select count(*) from host_placement where call_id = ? and mentor is not null", call.getId()))
                .isZero();
        for (String name : List.of("Stefan Staff", "Erik Editor", "Agnieszka", "Pierre", "Susanne", "Erika Beispiel")) {
            String like = "%" + name + "%";
            assertThat(count(
                            "select count(*) from exchange_application where call_id = ?"
                                    + " and (applicant_name like ? or motivation like ? or position_title like ?)",
                            call.getId(),
                            like,
                            like,
                            like))
                    .as(name)
                    .isZero();
            assertThat(count(
                            "select count(*) from exchange_stay where call_id = ? and (guest_name like ? or mentor like ?)",
                            call.getId(),
                            like,
                            like))
                    .as(name)
                    .isZero();
            assertThat(count(
                            "select count(*) from nomination where placement_id in (?, ?) and guest_name like ?",
                            paris,
                            hosting,
                            like))
                    .as(name)
                    .isZero();
            assertThat(count(
                            "select count(*) from host_placement where call_id = ? and mentor like ?",
                            call.getId(),
                            like))
                    .as(name)
                    .isZero();
        }
        // The bulk statements, which no entity listener sees, are in the audit trail: what, how many, which rule.
        assertThat(count(
                        "select count(*) from audit_entry where action = 'DELETED_BY_RULE' and subject_type = ?"
                                + " and after_values like ?",
                        "StayDocument",
                        "%call " + call.getId() + " past its retention%"))
                .isEqualTo(1);
        // The search forgets them with the records, the bulk-deleted documents included.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> searchable.forEach(
                        like -> assertThat(inSearch(like)).as(like).isZero()));
        // What is left of the call cannot take new personal data.
        SignedIn.as(accounts, "admin");
        assertThatThrownBy(() -> placements.create(placement(call.getId(), "PAR", "Late", staysFrom)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("exchange.error.erased");
        SecurityContextHolder.clearContext();
        assertThat(retention.eraseDue()).as("nothing further is due").isZero();
        assertThat(statistics.ofCall(call.getId())).isEqualTo(before);
    }

    private long count(String sql, Object... arguments) {
        Long value = jdbc.queryForObject(sql, Long.class, arguments);
        return value == null ? 0 : value;
    }

    /** How many of the search's entries hold the text, in a title, a name, the text or a file's text. */
    private long inSearch(String like) {
        return count(
                "select count(*) from search_entry where title_de like ? or names like ? or body like ?"
                        + " or file_text like ?",
                like,
                like,
                like,
                like);
    }

    /** People with a stay that was not cancelled, from every call's statistics, in the reports' cells. */
    private List<org.jumelage.exchange.ExchangeFigures.Cell> wentOfEveryCall() {
        java.util.Set<String> went = java.util.Set.of(
                StayStatus.PLANNED.name(),
                StayStatus.CONFIRMED.name(),
                StayStatus.ONGOING.name(),
                StayStatus.COMPLETED.name());
        java.util.Map<List<Object>, Long> sums = new java.util.HashMap<>();
        for (Long id : jdbc.queryForList("select id from exchange_call", Long.class)) {
            for (ExchangeStatistics.Row row : statistics.ofCall(id)) {
                if (went.contains(row.outcome())) {
                    sums.merge(
                            java.util.Arrays.asList(
                                    row.incoming(), row.year(), row.berlinUnitId(), row.partnerCityId()),
                            (long) row.people(),
                            Long::sum);
                }
            }
        }
        return sums.entrySet().stream()
                .map(e -> new org.jumelage.exchange.ExchangeFigures.Cell(
                        (Boolean) e.getKey().get(0),
                        (Integer) e.getKey().get(1),
                        (Long) e.getKey().get(2),
                        (Long) e.getKey().get(3),
                        e.getValue()))
                .toList();
    }
}
