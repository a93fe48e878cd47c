package org.jumelage.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jumelage.exchange.StayStatus;
import org.jumelage.exchange.domain.EvaluationQuestion.Kind;
import org.jumelage.exchange.domain.EvaluationQuestion.Party;
import org.jumelage.exchange.domain.EvaluationRequest.Answer;
import org.jumelage.people.StaffDirectory.StaffMember;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.NotFound;
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
 * The evaluation on the real schema (also on PostgreSQL in CI): a completed stay asks its participant and host at
 * once and the supervisor three months after its end; each party answers only its own request, marks from 1 to 5,
 * once; nobody but the office reads the answers; reminders go out until answered; the impact counts what was
 * answered; a report is published only with its author's consent; the figures survive the erasure of the stays while
 * who answered, the texts and the reports go.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + ExchangeSmtp.PORT})
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
@Tag("database")
class EvaluationTests {

    static final com.icegreen.greenmail.util.GreenMail smtp = ExchangeSmtp.SERVER;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    ApplicationContext context;

    @Autowired
    Evaluations evaluations;

    @Autowired
    EvaluationReminders reminders;

    @Autowired
    ProgrammeImpact impact;

    @Autowired
    StayService stays;

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
        clock.set(Instant.now());
    }

    private record Completed(Programme programme, Call call, Stay stay, StaffMember participant, StaffMember boss) {}

    /** A new programme's stay in Warsaw, completed by the office: its parties are asked. */
    private Completed completed() {
        Programme programme = rows.programme(ExchangeRows.unique("Auswertungsprogramm"));
        Call call = rows.call(programme, ExchangeRows.unique("Auswertungsausschreibung"));
        Placement warsaw = rows.placement(call, rows.unit("WAW"), "Warschau");
        StaffMember participant = rows.applicant("Teilnehmerin");
        StaffMember boss = rows.applicant("Vorgesetzte");
        Stay stay = rows.placed(call, participant, boss.accountId(), warsaw);
        for (StayStatus next : List.of(StayStatus.CONFIRMED, StayStatus.ONGOING, StayStatus.COMPLETED)) {
            Stay current = stays.view(stay.getId());
            stays.moveTo(current.getId(), current.getVersion(), next, null);
        }
        return new Completed(programme, call, stays.view(stay.getId()), participant, boss);
    }

    private EvaluationRequest request(Completed c, Party party) {
        return evaluations.ofStay(c.stay().getId()).stream()
                .filter(r -> r.getParty() == party)
                .findFirst()
                .orElseThrow();
    }

    private List<Answer> answers(EvaluationRequest request, int points, String text) {
        return evaluations.questionsOf(request).stream()
                .map(q -> q.getKind() == Kind.SCALE
                        ? new Answer(q.getId(), points, null)
                        : new Answer(q.getId(), null, text))
                .toList();
    }

    private long mailsTo(String address, String subject) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).equals(address) && subject(m).contains(subject))
                .count();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    @Test
    void aCompletedStayAsksEachPartyWhoAloneAnswersTheirOwnOnce() {
        Completed c = completed();
        EvaluationRequest participant = request(c, Party.PARTICIPANT);
        EvaluationRequest host = request(c, Party.HOST);
        EvaluationRequest supervisor = request(c, Party.SUPERVISOR);
        assertThat(supervisor.getDueOn())
                .isEqualTo(
                        c.stay().getEndsOn().isAfter(java.time.LocalDate.now(BERLIN))
                                ? java.time.LocalDate.now(BERLIN).plusMonths(3)
                                : c.stay().getEndsOn().plusMonths(3));
        // Completing it again does not ask twice.
        evaluations.stayCompleted(stays.view(c.stay().getId()));
        assertThat(evaluations.ofStay(c.stay().getId())).hasSize(3);

        // The participant sees theirs, not the host's; the supervisor nothing yet (due in three months).
        SignedIn.as(accounts, c.participant().username());
        assertThat(evaluations.mine()).extracting(EvaluationRequest::getId).contains(participant.getId());
        assertThatThrownBy(() -> evaluations.toAnswer(host.getId())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> evaluations.ofStay(c.stay().getId())).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, c.boss().username());
        assertThat(evaluations.mine()).extracting(EvaluationRequest::getId).doesNotContain(supervisor.getId());
        assertThatThrownBy(() -> evaluations.toAnswer(supervisor.getId())).isInstanceOf(NotFound.class);
        SignedIn.as(accounts, "paris");
        assertThatThrownBy(() -> evaluations.toAnswer(host.getId())).isInstanceOf(NotFound.class);
        SignedIn.as(accounts, "warsaw");
        assertThat(evaluations.mine()).extracting(EvaluationRequest::getId).contains(host.getId());

        // A mark is required, from 1 to 5; a consent needs a report; nothing is kept from a refused answer.
        SignedIn.as(accounts, c.participant().username());
        EvaluationRequest mine = evaluations.toAnswer(participant.getId());
        assertThatThrownBy(
                        () -> evaluations.answer(mine.getId(), mine.getVersion(), answers(mine, 6, "x"), null, false))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "evaluation.error.points");
        assertThatThrownBy(() -> evaluations.answer(mine.getId(), mine.getVersion(), answers(mine, 4, "x"), " ", true))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "evaluation.error.consentWithoutReport");
        evaluations.answer(mine.getId(), mine.getVersion(), answers(mine, 4, "Vieles"), "Mein Bericht", true);
        assertThat(evaluations.mine()).extracting(EvaluationRequest::getId).doesNotContain(participant.getId());
        // Answered once: afterwards it is the office's alone, not even its author opens it again.
        assertThatThrownBy(() ->
                        evaluations.answer(mine.getId(), mine.getVersion() + 1, answers(mine, 4, "x"), null, false))
                .isInstanceOf(NotFound.class);

        // Three months after the stay's end, the supervisor is asked.
        clock.set(supervisor.getDueOn().atStartOfDay(BERLIN).toInstant().plus(Duration.ofHours(9)));
        SignedIn.as(accounts, c.boss().username());
        assertThat(evaluations.mine()).extracting(EvaluationRequest::getId).contains(supervisor.getId());
        EvaluationRequest theirs = evaluations.toAnswer(supervisor.getId());
        assertThatThrownBy(() -> evaluations.answer(
                        theirs.getId(), theirs.getVersion(), answers(theirs, 3, "x"), "Ein Bericht", false))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "evaluation.error.reportParty");
        evaluations.answer(theirs.getId(), theirs.getVersion(), answers(theirs, 3, "Übernommen"), null, false);

        // The office reads every answer; the report is published only with consent.
        SignedIn.as(accounts, "admin");
        EvaluationRequest answered = request(c, Party.PARTICIPANT);
        assertThat(answered.getAnswers()).extracting(Answer::points).contains(4);
        assertThat(answered.getReport()).isEqualTo("Mein Bericht");
        evaluations.publish(answered.getId(), answered.getVersion(), true);
        assertThat(request(c, Party.PARTICIPANT).isPublished()).isTrue();
        // Its author takes the consent back, nobody else can; then it is not published and cannot be again.
        SignedIn.as(accounts, c.boss().username());
        assertThatThrownBy(() -> evaluations.withdrawConsent(answered.getId())).isInstanceOf(NotFound.class);
        SignedIn.as(accounts, c.participant().username());
        assertThat(evaluations.myConsents())
                .extracting(EvaluationRequest::getId)
                .containsExactly(answered.getId());
        evaluations.withdrawConsent(answered.getId());
        assertThat(evaluations.myConsents()).isEmpty();
        SignedIn.as(accounts, "admin");
        EvaluationRequest withdrawn = request(c, Party.PARTICIPANT);
        assertThat(withdrawn.isPublished()).isFalse();
        assertThatThrownBy(() -> evaluations.publish(withdrawn.getId(), withdrawn.getVersion(), true))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "evaluation.error.noConsent");
        EvaluationRequest boss = request(c, Party.SUPERVISOR);
        assertThatThrownBy(() -> evaluations.publish(boss.getId(), boss.getVersion(), true))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "evaluation.error.noConsent");
    }

    @Test
    void remindersGoOutUntilAnswered() {
        Completed c = completed();
        reminders.remindDue();
        String participantMail = c.participant().email();
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(mailsTo(participantMail, "Bitte um Ihre Auswertung"))
                        .isEqualTo(1));
        assertThat(request(c, Party.PARTICIPANT).getReminders()).isEqualTo(1);
        // Not again within the period; again after it, while unanswered.
        reminders.remindDue();
        assertThat(request(c, Party.PARTICIPANT).getReminders()).isEqualTo(1);
        clock.set(clock.instant().plus(Duration.ofDays(8)));
        reminders.remindDue();
        assertThat(request(c, Party.PARTICIPANT).getReminders()).isEqualTo(2);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(mailsTo(participantMail, "Bitte um Ihre Auswertung"))
                        .isEqualTo(2));
        // Answered: no more reminders; the host, unanswered, is still reminded.
        long participantRequest = request(c, Party.PARTICIPANT).getId();
        SignedIn.as(accounts, c.participant().username());
        EvaluationRequest mine = evaluations.toAnswer(participantRequest);
        evaluations.answer(mine.getId(), mine.getVersion(), answers(mine, 5, null), null, false);
        SignedIn.as(accounts, "admin");
        clock.set(clock.instant().plus(Duration.ofDays(8)));
        reminders.remindDue();
        assertThat(request(c, Party.PARTICIPANT).getReminders()).isEqualTo(2);
        assertThat(request(c, Party.HOST).getReminders()).isEqualTo(3);
    }

    @Test
    void theImpactCountsWhatWasAnsweredAndKeepsItsFiguresAfterTheErasure() {
        Completed first = completed();
        Completed second = new Completed(first.programme(), first.call(), null, null, null);
        // A second stay of the same call, completed too.
        Placement other = rows.placement(first.call(), rows.unit("PAR"), "Paris");
        StaffMember participant = rows.applicant("Teilnehmer");
        Stay stay = rows.placed(first.call(), participant, first.boss().accountId(), other);
        for (StayStatus next : List.of(StayStatus.CONFIRMED, StayStatus.ONGOING, StayStatus.COMPLETED)) {
            Stay current = stays.view(stay.getId());
            stays.moveTo(current.getId(), current.getVersion(), next, null);
        }
        second = new Completed(first.programme(), first.call(), stays.view(stay.getId()), participant, first.boss());
        for (Completed c : List.of(first, second)) {
            long id = request(c, Party.PARTICIPANT).getId();
            SignedIn.as(accounts, c.participant().username());
            EvaluationRequest mine = evaluations.toAnswer(id);
            evaluations.answer(
                    mine.getId(),
                    mine.getVersion(),
                    answers(mine, c == first ? 5 : 2, "Gelernt in " + c.stay().getId()),
                    "Bericht " + c.stay().getId(),
                    true);
            SignedIn.as(accounts, "admin");
        }
        evaluations.noteFollowUp(first.stay().getId(), jdbc.queryForObject("select min(id) from activity", Long.class));
        assertThatThrownBy(() -> evaluations.noteFollowUp(first.stay().getId(), 987_654_321L))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "followUp.error.activity");

        int year = first.stay().getStartsOn().getYear();
        ProgrammeImpact.Impact before = impact.of(first.programme().getId(), year, Locale.GERMAN);
        assertThat(before.participants()).isEqualTo(2);
        assertThat(before.byHost())
                .extracting(ProgrammeImpact.Count::label, ProgrammeImpact.Count::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Stadt Warschau", 1L),
                        org.assertj.core.groups.Tuple.tuple("Stadt Paris", 1L));
        assertThat(before.byLength().get(1).count()).isEqualTo(2); // 8 weeks each
        ProgrammeImpact.Marks overall = before.marks().stream()
                .filter(m -> m.question().getParty() == Party.PARTICIPANT)
                .findFirst()
                .orElseThrow();
        assertThat(overall.count(5)).isEqualTo(1);
        assertThat(overall.count(2)).isEqualTo(1);
        assertThat(overall.mean()).isEqualByComparingTo("3.5");
        assertThat(before.returns())
                .filteredOn(r -> r.party() == Party.PARTICIPANT)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.asked()).isEqualTo(2);
                    assertThat(r.answered()).isEqualTo(2);
                });
        assertThat(before.texts())
                .flatExtracting(ProgrammeImpact.Texts::answers)
                .contains("Gelernt in " + first.stay().getId());
        assertThat(before.followUps()).hasSize(1);
        assertThat(impact.spreadsheet(before, Locale.GERMAN).rows())
                .anySatisfy(row -> assertThat(row).containsExactly("Nach Partnerverwaltung", "Stadt Paris", "1"));

        // Past the call's retention: the stays go, and with them who answered, the texts and the reports.
        clock.set(first.call().erasureDue().plusDays(1).atStartOfDay(BERLIN).toInstant());
        assertThat(retention.eraseDue()).isGreaterThanOrEqualTo(1);
        ProgrammeImpact.Impact after = impact.of(first.programme().getId(), year, Locale.GERMAN);
        assertThat(after.participants()).isEqualTo(2);
        assertThat(after.byHost()).isEqualTo(before.byHost());
        assertThat(after.marks())
                .extracting(ProgrammeImpact.Marks::mean)
                .isEqualTo(
                        before.marks().stream().map(ProgrammeImpact.Marks::mean).toList());
        assertThat(after.texts()).isEmpty();
        assertThat(after.followUps()).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from evaluation_request where programme_id = ? and (respondent_id is not null"
                                + " or report is not null or stay_id is not null)",
                        Long.class,
                        first.programme().getId()))
                .isZero();
    }

    @Test
    void theOfficeChangesTheQuestionsANewProgrammeStartsWith() {
        Programme programme = rows.programme(ExchangeRows.unique("Fragenprogramm"));
        List<EvaluationQuestion> asked = evaluations.questions(programme.getId());
        assertThat(asked).hasSize(9);
        assertThat(asked).filteredOn(q -> q.getParty() == Party.SUPERVISOR).hasSize(3);
        EvaluationQuestion retired = asked.getFirst();
        evaluations.retire(retired.getId(), retired.getVersion());
        EvaluationQuestion added = evaluations.ask(
                programme.getId(), Party.HOST, Kind.SCALE, "Würden Sie wieder aufnehmen?", "Would you host again?");
        assertThat(evaluations.questions(programme.getId()))
                .filteredOn(EvaluationQuestion::isRetired)
                .extracting(EvaluationQuestion::getId)
                .containsExactly(retired.getId());
        assertThat(added.getPosition()).isGreaterThan(1);
        assertThatThrownBy(() -> evaluations.ask(programme.getId(), Party.HOST, Kind.TEXT, " ", "x"))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "question.error.text");
        SignedIn.as(accounts, "editor");
        assertThatThrownBy(() -> evaluations.questions(programme.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> impact.of(programme.getId(), 2026, Locale.GERMAN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    org.jumelage.exchange.ExchangeProgrammes publicExchange;

    @Test
    void thePublicSeesAnonymousFiguresFromThreeStaysOnAndOnlyPublishedReports() {
        Completed first = completed();
        java.util.function.Supplier<org.jumelage.exchange.ExchangeProgrammes.PublicFigures> figures =
                () -> publicExchange.figures().stream()
                        .filter(f -> f.code().equals(first.programme().getCode()))
                        .findFirst()
                        .orElseThrow();
        List<Completed> all = new java.util.ArrayList<>(List.of(first));
        for (int i = 0; i < 2; i++) {
            Placement other = rows.placement(first.call(), rows.unit("PAR"), "Paris " + i);
            StaffMember participant = rows.applicant("Teilnehmende");
            Stay stay = rows.placed(first.call(), participant, first.boss().accountId(), other);
            for (StayStatus next : List.of(StayStatus.CONFIRMED, StayStatus.ONGOING, StayStatus.COMPLETED)) {
                Stay current = stays.view(stay.getId());
                stays.moveTo(current.getId(), current.getVersion(), next, null);
            }
            all.add(new Completed(
                    first.programme(), first.call(), stays.view(stay.getId()), participant, first.boss()));
            if (i == 0) {
                // Two stays: still no number, neither in all nor for the year.
                assertThat(figures.get().participants()).isNull();
                assertThat(figures.get().perYear())
                        .singleElement()
                        .satisfies(y -> assertThat(y.count()).isNull());
            }
        }
        for (Completed c : all) {
            if (c == all.getLast()) {
                // Two participants have given four marks between them: still no mean, which counts people.
                assertThat(figures.get().satisfaction()).isNull();
            }
            long id = request(c, Party.PARTICIPANT).getId();
            SignedIn.as(accounts, c.participant().username());
            EvaluationRequest mine = evaluations.toAnswer(id);
            evaluations.answer(
                    mine.getId(),
                    mine.getVersion(),
                    answers(mine, c == first ? 3 : 5, null),
                    "Öffentlicher Bericht " + c.stay().getId(),
                    true);
            SignedIn.as(accounts, "admin");
        }
        var shown = figures.get();
        assertThat(shown.participants()).isEqualTo(3);
        assertThat(shown.hosts()).isEqualTo(2);
        assertThat(shown.perYear())
                .singleElement()
                .satisfies(y -> assertThat(y.count()).isEqualTo(3));
        // Two marks each (the two mark questions): 3, 3, 5, 5, 5, 5.
        assertThat(shown.satisfaction()).isEqualByComparingTo("4.3");

        EvaluationRequest published = request(all.get(1), Party.PARTICIPANT);
        evaluations.publish(published.getId(), published.getVersion(), true);
        List<String> texts = publicExchange.reports(0, 50).stream()
                .map(org.jumelage.exchange.ExchangeProgrammes.ExperienceReport::text)
                .toList();
        assertThat(texts).contains("Öffentlicher Bericht " + all.get(1).stay().getId());
        assertThat(texts)
                .doesNotContain("Öffentlicher Bericht " + all.get(2).stay().getId());
    }
}
