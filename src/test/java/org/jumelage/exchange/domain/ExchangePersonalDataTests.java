package org.jumelage.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.NominationStatus;
import org.jumelage.exchange.StayStatus;
import org.jumelage.people.Role;
import org.jumelage.people.StaffDirectory.StaffMember;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.PersonalData.DataSubject;
import org.jumelage.shared.PersonalData.Item;
import org.jumelage.shared.PersonalData.Kept;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff exchange's part of a subject-access export and of an erasure on request (ADR 0037): a person's records are
 * found by their account and by their e-mail address in any case; an erasure deletes what no procedure needs any
 * more, keeps the rest with a reason, and leaves the calls' statistics as they were. Shares its application context
 * with the other exchange tests.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + ExchangeSmtp.PORT})
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
@Tag("database")
class ExchangePersonalDataTests {

    static final com.icegreen.greenmail.util.GreenMail smtp = ExchangeSmtp.SERVER;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    ExchangePersonalData personalData;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    CallService calls;

    @Autowired
    StayService stayService;

    @Autowired
    StayPapers papers;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    NominationRepository nominations;

    @Autowired
    StayRepository stays;

    @Autowired
    PlacementRepository placements;

    @Autowired
    ExchangeStatistics statistics;

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    ExchangeRows rows;

    @BeforeEach
    void signIn() {
        SignedIn.as(accounts, "admin");
        rows = ExchangeRows.of(context);
    }

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.set(java.time.Instant.now());
    }

    @Test
    void anApplicantIsFoundByAccountAndByAddressAndOnlyWhatNoProcedureNeedsIsErased() {
        Programme programme = rows.programme(ExchangeRows.unique("Datenschutz"));
        StaffMember applicant = rows.applicant("Antragstellerin");
        StaffMember supervisor = rows.applicant("Vorgesetzter");
        long sup = supervisor.accountId();
        long paris = rows.unit("PAR");

        // A withdrawn application and a new draft to the same call: both go.
        Call open = call(programme, "Entwurf");
        rows.placement(open, paris, ExchangeRows.unique("Paris Entwurf"));
        Application withdrawn = move(
                rows.application(open, applicant, sup, ApplicationStatus.SUBMITTED),
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.WITHDRAWN,
                applicant);
        Application draft = rows.application(open, applicant, sup, ApplicationStatus.DRAFT);
        // Declined while the call still takes applications: stays, it is the answer to this call.
        Call declinedCall = call(programme, "Abgelehnt");
        rows.placement(declinedCall, paris, ExchangeRows.unique("Paris Abgelehnt"));
        Application declined = move(
                rows.application(declinedCall, applicant, sup, ApplicationStatus.SUBMITTED),
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.DECLINED,
                supervisor);
        // Released by the supervisor, waiting for HR: in the selection, stays.
        Call selectionCall = call(programme, "Auswahl");
        rows.placement(selectionCall, paris, ExchangeRows.unique("Paris Auswahl"));
        Application inSelection = move(
                rows.application(selectionCall, applicant, sup, ApplicationStatus.SUBMITTED),
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.RELEASED,
                supervisor);
        // Placed, the stay cancelled, a document uploaded: all of it goes.
        Call cancelledCall = call(programme, "Abgesagt");
        Stay cancelled = rows.placed(
                cancelledCall,
                applicant,
                sup,
                rows.placement(cancelledCall, paris, ExchangeRows.unique("Paris Abgesagt")));
        long document = stayService
                .upload(
                        cancelled.getId(),
                        "Reiseplan",
                        "reiseplan.pdf",
                        "%PDF-1.4 Reiseplan der Antragstellerin".getBytes(StandardCharsets.US_ASCII))
                .getId();
        cancelled = moveStay(cancelled, StayStatus.CANCELLED);
        // A planned stay and a completed one of calls that still hold their personal data: both stay.
        Call plannedCall = call(programme, "Geplant");
        Stay planned = rows.placed(
                plannedCall, applicant, sup, rows.placement(plannedCall, paris, ExchangeRows.unique("Paris Geplant")));
        Call completedCall = call(programme, "Abgeschlossen");
        Stay completed = complete(rows.placed(
                completedCall,
                applicant,
                sup,
                rows.placement(completedCall, paris, ExchangeRows.unique("Paris Abgeschlossen"))));
        // A completed stay with its certificate, of a call whose retention has passed: all of it goes.
        Call pastCall = pastCall(programme);
        Stay past = complete(rows.placed(
                pastCall, applicant, sup, rows.placement(pastCall, paris, ExchangeRows.unique("Paris Vergangen"))));
        long certificate = papers.issue(past.getId()).getId();

        DataSubject byAccount = new DataSubject(applicant.accountId(), applicant.username(), applicant.email());
        DataSubject byAddress =
                new DataSubject(null, null, " " + applicant.email().toUpperCase(Locale.ROOT) + " ");
        List<Long> all = List.of(
                withdrawn.getId(),
                draft.getId(),
                declined.getId(),
                inSelection.getId(),
                cancelled.getApplicationId(),
                planned.getApplicationId(),
                completed.getApplicationId(),
                past.getApplicationId());

        List<Item> found = personalData.about(byAccount);
        assertThat(ids(found, "Application")).containsExactlyElementsOf(ids(all));
        assertThat(ids(personalData.about(byAddress), "Application")).containsExactlyElementsOf(ids(all));
        assertThat(ids(found, "Stay"))
                .containsExactlyInAnyOrderElementsOf(
                        ids(List.of(cancelled.getId(), planned.getId(), completed.getId(), past.getId())));
        Item draftItem = item(found, "Application", draft.getId());
        assertThat(draftItem.values())
                .containsEntry("applicantName", applicant.displayName())
                .containsEntry("applicantEmail", applicant.email())
                .containsEntry("motivation", "Motivation")
                .containsEntry("status", "DRAFT")
                .containsEntry("languages", List.of("en C1", "fr B2"));
        assertThat(item(found, "ApplicationStep", declined.getId() + "/3").values())
                .containsEntry("to", "DECLINED")
                .containsEntry("by", supervisor.displayName());
        // A document is listed with its name, type and size, never with its content.
        assertThat(item(found, "StayDocument", document).values())
                .containsEntry("fileName", "reiseplan.pdf")
                .containsEntry("contentType", "application/pdf")
                .containsKey("sizeBytes")
                .doesNotContainKey("content");
        assertThat(ids(found, "Certificate")).containsExactly(String.valueOf(certificate));
        // Values are text, numbers, booleans and lists of these only.
        assertThat(found)
                .flatExtracting(item -> List.copyOf(item.values().values()))
                .allMatch(value -> value instanceof String
                        || value instanceof Number
                        || value instanceof Boolean
                        || (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)));

        List<ExchangeStatistics.Row> openBefore = statistics.ofCall(open.getId());
        List<ExchangeStatistics.Row> cancelledBefore = statistics.ofCall(cancelledCall.getId());
        List<ExchangeStatistics.Row> pastBefore = statistics.ofCall(pastCall.getId());

        List<Kept> kept = personalData.erase(byAccount);

        assertThat(ids(kept, "Application"))
                .containsExactlyInAnyOrderElementsOf(ids(List.of(
                        declined.getId(),
                        inSelection.getId(),
                        planned.getApplicationId(),
                        completed.getApplicationId())));
        assertThat(ids(kept, "Stay"))
                .containsExactlyInAnyOrderElementsOf(ids(List.of(planned.getId(), completed.getId())));
        assertThat(kept).allSatisfy(entry -> {
            assertThat(entry.reason().de()).isNotBlank();
            assertThat(entry.reason().en()).isNotBlank();
        });
        assertThat(reason(kept, "Application", completed.getApplicationId()))
                .contains(date(completedCall.erasureDue()));
        assertThat(count(
                        "select count(*) from exchange_application where id in (?, ?, ?, ?)",
                        withdrawn.getId(),
                        draft.getId(),
                        cancelled.getApplicationId(),
                        past.getApplicationId()))
                .isZero();
        assertThat(count(
                        "select count(*) from exchange_application where id in (?, ?, ?, ?)",
                        declined.getId(),
                        inSelection.getId(),
                        planned.getApplicationId(),
                        completed.getApplicationId()))
                .isEqualTo(4);
        assertThat(count(
                        "select count(*) from application_step where application_id in (?, ?)",
                        draft.getId(),
                        withdrawn.getId()))
                .isZero();
        assertThat(count("select count(*) from exchange_stay where id in (?, ?)", cancelled.getId(), past.getId()))
                .isZero();
        assertThat(count("select count(*) from exchange_stay where id in (?, ?)", planned.getId(), completed.getId()))
                .isEqualTo(2);
        assertThat(count("select count(*) from stay_document where id = ?", document))
                .isZero();
        assertThat(count("select count(*) from exchange_certificate where id = ?", certificate))
                .isZero();
        // The calls' statistics count the people erased as before, from the anonymous counts kept of them.
        assertThat(statistics.ofCall(open.getId())).isEqualTo(openBefore);
        assertThat(statistics.ofCall(cancelledCall.getId())).isEqualTo(cancelledBefore);
        assertThat(statistics.ofCall(pastCall.getId())).isEqualTo(pastBefore);
        assertThat(count("select count(*) from exchange_statistic where call_id = ?", cancelledCall.getId()))
                .isPositive();
        // What is left is exactly what was kept, by account and by address alike.
        assertThat(ids(personalData.about(byAccount), "Application"))
                .containsExactlyInAnyOrderElementsOf(ids(kept, "Application"));
        assertThat(ids(personalData.about(byAddress), "Application"))
                .containsExactlyInAnyOrderElementsOf(ids(kept, "Application"));

        // When the call's retention ends, its statistics are still counted once: the erased person's count is not
        // kept a second time.
        transactions.executeWithoutResult(status -> retention.erase(cancelledCall.getId()));
        assertThat(statistics.ofCall(cancelledCall.getId())).isEqualTo(cancelledBefore);
        assertThat(count(
                        "select coalesce(sum(people), 0) from exchange_statistic where call_id = ?",
                        cancelledCall.getId()))
                .isEqualTo(cancelledBefore.stream()
                        .mapToLong(ExchangeStatistics.Row::people)
                        .sum());
    }

    @Test
    void aSupervisorsPartInAnotherPersonsApplicationIsListedAndKeptWithItsReason() {
        Programme programme = rows.programme(ExchangeRows.unique("Datenschutz"));
        StaffMember applicant = rows.applicant("Antragsteller");
        StaffMember supervisor = rows.applicant("Fuehrungskraft");
        Call call = call(programme, "Freigabe");
        rows.placement(call, rows.unit("PAR"), ExchangeRows.unique("Paris Freigabe"));
        Application released = move(
                rows.application(call, applicant, supervisor.accountId(), ApplicationStatus.SUBMITTED),
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.RELEASED,
                supervisor);
        DataSubject subject = new DataSubject(supervisor.accountId(), supervisor.username(), supervisor.email());

        List<Item> found = personalData.about(subject);

        assertThat(ids(found, "Application")).isEmpty();
        assertThat(ids(found, "SupervisorOf")).containsExactly(String.valueOf(released.getId()));
        assertThat(item(found, "ApprovalStep", released.getId() + "/3").values())
                .containsEntry("to", "RELEASED")
                .containsEntry("by", supervisor.displayName())
                .containsEntry("reason", "Begründung von " + supervisor.displayName());

        List<Kept> kept = personalData.erase(subject);

        assertThat(kept).extracting(Kept::kind).contains("SupervisorOf", "ApprovalStep");
        assertThat(reason(kept, "ApprovalStep", released.getId() + "/3")).contains(date(call.erasureDue()));
        Application after = applications.findById(released.getId()).orElseThrow();
        assertThat(after.getSupervisorId()).isEqualTo(supervisor.accountId());
        assertThat(after.getSteps().getLast().getActorName()).isEqualTo(supervisor.displayName());
    }

    @Test
    void aGuestIsFoundByTheAddressTheirCoordinatorGaveInAnyCaseAndOnlyDecidedNominationsGo() {
        Programme programme = rows.programme(ExchangeRows.unique("Datenschutz"));
        Call call = call(programme, "Gäste");
        Placement hosting = rows.placement(call, rows.unit("SENUVK"), ExchangeRows.unique("Berlin Gäste"));
        long paris = rows.unit("PAR");
        String address = ExchangeRows.unique("Gast").replace(' ', '.') + "@Example.org";
        Nomination pending = nominations.save(nomination(hosting, paris, address));
        Nomination declined = nomination(hosting, paris, address);
        declined.decline("Kein Platz mehr frei", "editor", clock.instant());
        declined = nominations.save(declined);
        Nomination accepted = nomination(hosting, paris, address);
        accepted.accept(null, "editor", clock.instant());
        accepted = nominations.save(accepted);
        Stay cancelled =
                moveStay(stays.save(Stay.incoming(accepted, hosting, "Mentor", clock.instant())), StayStatus.CANCELLED);
        // Another guest's nomination to the same offer, whose address merely ends like this one's.
        Nomination other = nominations.save(nomination(hosting, paris, "x" + address));
        DataSubject subject = new DataSubject(null, null, address.toUpperCase(Locale.ROOT));
        List<ExchangeStatistics.Row> before = statistics.ofCall(call.getId());

        List<Item> found = personalData.about(subject);

        assertThat(ids(found, "Nomination"))
                .containsExactlyInAnyOrderElementsOf(ids(List.of(pending.getId(), declined.getId(), accepted.getId())));
        assertThat(ids(found, "Stay")).containsExactly(String.valueOf(cancelled.getId()));
        assertThat(item(found, "Nomination", declined.getId()).values())
                .containsEntry("guestEmail", address)
                .containsEntry("status", NominationStatus.DECLINED.name())
                .containsEntry("reason", "Kein Platz mehr frei");

        List<Kept> kept = personalData.erase(subject);

        assertThat(ids(kept, "Nomination")).containsExactly(String.valueOf(pending.getId()));
        assertThat(nominations.findById(pending.getId())).isPresent();
        assertThat(nominations.findById(declined.getId())).isEmpty();
        assertThat(nominations.findById(accepted.getId())).isEmpty();
        assertThat(nominations.findById(other.getId())).isPresent();
        assertThat(stays.findById(cancelled.getId())).isEmpty();
        assertThat(statistics.ofCall(call.getId())).isEqualTo(before);
        assertThat(ids(personalData.about(subject), "Nomination")).containsExactly(String.valueOf(pending.getId()));
    }

    @Test
    void aNameInARecordThatOutlivesTheCallsPersonalDataIsErasedOnceThatDataIsGone() {
        String username = ExchangeRows.unique("buero").replace(' ', '-');
        accounts.create(
                username,
                ExchangeRows.unique("Büro"),
                username + "@example.org",
                Role.ADMIN,
                rows.unit("SENUVK"),
                "passwort-" + username,
                false);
        SignedIn.as(accounts, username);
        Programme programme = rows.programme(ExchangeRows.unique("Datenschutz"));
        Call erased = call(programme, "Gelöscht");
        Placement gone = rows.placement(erased, rows.unit("PAR"), ExchangeRows.unique("Paris Gelöscht"));
        Call live = call(programme, "Laufend");
        Placement current = rows.placement(live, rows.unit("PAR"), ExchangeRows.unique("Paris Laufend"));
        transactions.executeWithoutResult(status -> retention.erase(erased.getId()));
        StaffMember office = accounts.staffMember(username).orElseThrow();
        DataSubject subject = new DataSubject(office.accountId(), office.username(), office.email());

        assertThat(ids(personalData.about(subject), "PlacementRecorded"))
                .contains(String.valueOf(gone.getId()), String.valueOf(current.getId()));

        List<Kept> kept = personalData.erase(subject);

        assertThat(placements.findById(gone.getId()).orElseThrow().getCreatedBy())
                .isEqualTo(ExchangeRoles.ERASED_NAME);
        assertThat(placements.findById(current.getId()).orElseThrow().getCreatedBy())
                .isEqualTo(username);
        assertThat(ids(kept, "PlacementRecorded").getFirst()).contains(String.valueOf(current.getId()));
        assertThat(ids(personalData.about(subject), "PlacementRecorded"))
                .doesNotContain(String.valueOf(gone.getId()))
                .contains(String.valueOf(current.getId()));
    }

    @Test
    void aCertificateThatOutlivedItsStayIsFoundByItsHolderAndErasedAtTheirRequest() {
        Programme programme = rows.programme(ExchangeRows.unique("Datenschutz"));
        StaffMember holder = rows.applicant("Inhaberin");
        Call call = call(programme, "Bescheinigung");
        Stay stay = complete(rows.placed(
                call,
                holder,
                rows.applicant("Leitung").accountId(),
                rows.placement(call, rows.unit("PAR"), ExchangeRows.unique("Paris Bescheinigung"))));
        Certificate certificate = papers.issue(stay.getId());
        // The call's retention ends: the stay goes, the certificate stays for the public check of its number.
        transactions.executeWithoutResult(status -> retention.erase(call.getId()));
        assertThat(papers.check(certificate.getNumber())).isPresent();
        DataSubject subject = new DataSubject(holder.accountId(), holder.username(), holder.email());

        List<Item> found = personalData.about(subject);

        assertThat(ids(found, "Stay")).isEmpty();
        assertThat(item(found, "Certificate", certificate.getId()).values())
                .containsEntry("holderName", holder.displayName())
                .containsEntry("number", certificate.getNumber())
                .doesNotContainKey("stay");

        personalData.erase(subject);

        assertThat(count("select count(*) from exchange_certificate where id = ?", certificate.getId()))
                .isZero();
        assertThat(papers.check(certificate.getNumber())).isEmpty();
        assertThat(ids(personalData.about(subject), "Certificate")).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private Call call(Programme programme, String title) {
        return rows.call(programme, ExchangeRows.unique(title));
    }

    /** A call whose stays ended more than a month ago, kept for a month: its retention has passed. */
    private Call pastCall(Programme programme) {
        LocalDate staysFrom =
                LocalDate.now(clock.withZone(BERLIN)).minusYears(2).withDayOfMonth(1);
        LocalDateTime opens = staysFrom.minusMonths(6).atTime(9, 0);
        return calls.create(new CallDetails(
                programme.getId(),
                ExchangeRows.unique("Vergangen"),
                ExchangeRows.unique("Past"),
                opens,
                opens.plusDays(30),
                BERLIN,
                staysFrom,
                staysFrom.plusMonths(8).minusDays(1),
                2,
                12,
                1,
                Set.of(rows.unit("SENUVK")),
                Set.of("fr")));
    }

    private Application move(Application application, ApplicationStatus from, ApplicationStatus to, StaffMember by) {
        application.move(
                from, to, by.accountId(), by.displayName(), "Begründung von " + by.displayName(), clock.instant());
        return applications.save(application);
    }

    private Stay moveStay(Stay stay, StayStatus to) {
        stay.moveTo(to, "Abgesagt wegen Krankheit", clock.instant());
        return stays.save(stay);
    }

    private Stay complete(Stay stay) {
        Stay moved = stay;
        for (StayStatus next : List.of(StayStatus.CONFIRMED, StayStatus.ONGOING, StayStatus.COMPLETED)) {
            moved = moveStay(moved, next);
        }
        return moved;
    }

    private Nomination nomination(Placement placement, long administration, String email) {
        return new Nomination(
                placement.getId(),
                administration,
                ExchangeRows.unique("Gast"),
                email,
                "Planerin",
                "pl, de B2",
                "Motivation",
                "coordinator",
                clock.instant());
    }

    private static List<String> ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }

    private static List<String> ids(List<?> entries, String kind) {
        return entries.stream()
                .filter(entry -> kind.equals(entry instanceof Item item ? item.kind() : ((Kept) entry).kind()))
                .map(entry -> entry instanceof Item item ? item.id() : ((Kept) entry).id())
                .toList();
    }

    private static Item item(List<Item> items, String kind, Object id) {
        return items.stream()
                .filter(item -> item.kind().equals(kind) && item.id().equals(String.valueOf(id)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + id + " in " + items));
    }

    private static String reason(List<Kept> kept, String kind, Object id) {
        return kept.stream()
                .filter(entry -> entry.kind().equals(kind)
                        && List.of(entry.id().split(", ")).contains(String.valueOf(id)))
                .findFirst()
                .map(entry -> entry.reason().de())
                .orElseThrow(() -> new AssertionError("no " + kind + " " + id + " kept in " + kept));
    }

    private static String date(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(Locale.GERMAN)
                .format(date);
    }

    private long count(String sql, Object... arguments) {
        Long value = jdbc.queryForObject(sql, Long.class, arguments);
        return value == null ? 0 : value;
    }
}
