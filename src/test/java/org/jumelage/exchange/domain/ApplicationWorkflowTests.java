package org.jumelage.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The approval path on the real schema (also on PostgreSQL in CI): each step by its one person or role, once, with the
 * mails of every transition arriving at a real SMTP server; the deadline in the call's time zone; two approvals at
 * once; reminders of pending approvals.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + ExchangeSmtp.PORT})
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
@Tag("database")
class ApplicationWorkflowTests {

    static final com.icegreen.greenmail.util.GreenMail smtp = ExchangeSmtp.SERVER;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    ApplicationService applications;

    @Autowired
    CallService calls;

    @Autowired
    PlacementService placements;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    StayService stays;

    @Autowired
    ApplicationRepository repository;

    @Autowired
    ApprovalReminders reminders;

    @Autowired
    NominationService nominations;

    @Autowired
    CallDashboard dashboard;

    @Autowired
    AccountService accounts;

    @Autowired
    Organisation organisation;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        clock.set(java.time.Instant.now());
    }

    /** A call of EVA, open from yesterday until the given Berlin time, with one placement in Paris. */
    private Call callClosingAt(String title, LocalDateTime closes) {
        SignedIn.as(accounts, "admin");
        long eva = programmes.all().stream()
                .filter(p -> p.getCode().equals("EVA"))
                .findFirst()
                .orElseThrow()
                .getId();
        LocalDate staysFrom = LocalDate.now(clock.withZone(BERLIN)).plusMonths(2);
        Call call = calls.create(new CallDetails(
                eva,
                title,
                title,
                LocalDateTime.now(clock.withZone(BERLIN)).minusDays(1).withNano(0),
                closes,
                BERLIN,
                staysFrom,
                staysFrom.plusMonths(6),
                4,
                12,
                6,
                Set.of(unit("SENUVK"), unit("SENSW")),
                Set.of("fr")));
        placements.create(new PlacementDetails(
                call.getId(),
                unit("PAR"),
                "Mobilität " + title,
                "Mobility " + title,
                null,
                null,
                staysFrom,
                staysFrom.plusWeeks(14),
                12,
                1,
                "Mentor (Test)",
                List.of(new LanguageSkill("fr", CefrLevel.B1))));
        SecurityContextHolder.clearContext();
        return call;
    }

    private long unit(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    private long placementOf(Call call) {
        return placements.visible(call.getId()).getFirst().getId();
    }

    private long account(String username) {
        return accounts.loadUser(username).orElseThrow().accountId();
    }

    /** A complete draft of the signed-in person for the call. */
    private Application completeDraft(Call call) {
        return applications.start(
                call.getId(),
                new ApplicationDetails(
                        null,
                        "Referentin Verkehr",
                        List.of(new LanguageSkill("fr", CefrLevel.B2)),
                        "Lernen, wie Paris Straßen umverteilt.",
                        "Beteiligungsverfahren kennenlernen.",
                        List.of(placementOf(call)),
                        call.getStaysFrom(),
                        call.getStaysFrom().plusWeeks(12).minusDays(1),
                        12,
                        account("supervisor")));
    }

    private long version(long id) {
        return repository.findById(id).orElseThrow().getVersion();
    }

    private List<MimeMessage> mailsAbout(String text, String recipient) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            boolean toRecipient = Arrays.stream(message.getAllRecipients())
                    .map(Address::toString)
                    .anyMatch(recipient::equals);
            try {
                if (toRecipient && message.getContent().toString().contains(text)) {
                    found.add(message);
                }
            } catch (java.io.IOException e) {
                throw new MessagingException("unreadable mail", e);
            }
        }
        return found;
    }

    private void awaitMail(String text, String recipient, int count) {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(mailsAbout(text, recipient)).hasSize(count));
    }

    @Test
    void eachStepIsTakenOnceByItsPersonAndEveryTransitionIsMailed() throws Exception {
        Call call = callClosingAt(
                "Workflow",
                LocalDateTime.now(clock.withZone(BERLIN)).plusDays(5).withNano(0));
        SignedIn.as(accounts, "staff");
        Application draft = completeDraft(call);
        assertThat(draft.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        applications.submit(draft.getId(), version(draft.getId()));
        awaitMail("„Workflow“", "supervisor@demo.jumelage.invalid", 1);
        awaitMail("„Workflow“ hat einen neuen Stand: Eingereicht", "staff@demo.jumelage.invalid", 1);

        // HR cannot skip the supervisor, the applicant cannot release themselves, the office cannot shortlist yet.
        for (String other : List.of("hr", "staff", "admin", "editor")) {
            SignedIn.as(accounts, other);
            long current = version(draft.getId());
            assertThatThrownBy(() -> applications.decide(draft.getId(), current, true, null))
                    .as(other)
                    .isInstanceOfAny(AccessDeniedException.class, org.jumelage.shared.NotFound.class);
        }

        SignedIn.as(accounts, "supervisor");
        long seen = version(draft.getId());
        assertThatThrownBy(() -> applications.decide(draft.getId(), seen, false, " "))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("application.error.reasonRequired");
        applications.decide(draft.getId(), seen, true, null);
        // A second click with the version seen before moves nothing and says the step was taken.
        assertThatThrownBy(() -> applications.decide(draft.getId(), seen, true, null))
                .isInstanceOf(org.jumelage.shared.EditConflict.class);
        awaitMail("„Workflow“", "hr@demo.jumelage.invalid", 1);

        SignedIn.as(accounts, "hr");
        applications.decide(draft.getId(), version(draft.getId()), true, null);
        awaitMail("„Workflow“", "admin@demo.jumelage.invalid", 1);

        SignedIn.as(accounts, "admin");
        CallDashboard.Pipeline checked = dashboard.of(call.getId(), 0);
        assertThat(checked.applications().get(ApplicationStatus.CHECKED)).isEqualTo(1);
        assertThat(checked.applications().get(ApplicationStatus.SUBMITTED)).isZero();
        assertThat(checked.pending())
                .singleElement()
                .satisfies(p -> assertThat(p.step()).isEqualTo(ApplicationService.Step.OFFICE));
        assertThat(checked.pending().getTotalElements()).isEqualTo(1);
        assertThat(dashboard.of(call.getId(), 1).pending().getContent()).isEmpty();
        assertThat(checked.placesLeft()).isEqualTo(1);
        applications.decide(draft.getId(), version(draft.getId()), true, null);
        Stay stay = applications.place(
                draft.getId(),
                version(draft.getId()),
                placementOf(call),
                call.getStaysFrom(),
                call.getStaysFrom().plusWeeks(12).minusDays(1));
        assertThat(stay.getStatus()).isEqualTo(StayStatus.PLANNED);
        assertThat(stay.getGuestName()).isEqualTo("Stefan Staff (Demo)");
        assertThat(placements.placesLeft(placements.view(placementOf(call)))).isZero();
        assertThat(dashboard.of(call.getId(), 0).placesLeft()).isZero();
        assertThat(dashboard.of(call.getId(), 0).applications().get(ApplicationStatus.PLACED))
                .isEqualTo(1);

        Application done = repository.findById(draft.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(ApplicationStatus.PLACED);
        assertThat(done.getSteps())
                .extracting(ApplicationStep::getToStatus)
                .containsExactly(
                        ApplicationStatus.DRAFT,
                        ApplicationStatus.SUBMITTED,
                        ApplicationStatus.RELEASED,
                        ApplicationStatus.CHECKED,
                        ApplicationStatus.SHORTLISTED,
                        ApplicationStatus.PLACED);
        assertThat(done.getSteps())
                .extracting(ApplicationStep::getActorName)
                .containsExactly(
                        "Stefan Staff (Demo)",
                        "Stefan Staff (Demo)",
                        "Susanne Supervisor (Demo)",
                        "Hanna HR (Demo)",
                        "Anna Admin (Demo)",
                        "Anna Admin (Demo)");
        // The applicant heard of every transition: submitted, released, checked, shortlisted, placed.
        awaitMail("„Workflow“", "staff@demo.jumelage.invalid", 5);
        MimeMessage placed = mailsAbout(
                        "„Workflow“ hat einen neuen Stand: Platz vergeben", "staff@demo.jumelage.invalid")
                .getFirst();
        assertThat(placed.getContent().toString())
                .contains("Place assigned")
                .contains("http://localhost:8080/office/exchange/applications/" + draft.getId());
        assertThat(placed.getAllRecipients()).hasSize(1);
        // The home unit's editor does not see where a colleague goes: outgoing stays are not theirs.
        SignedIn.as(accounts, "editor");
        assertThatThrownBy(() -> stays.view(stay.getId())).isInstanceOf(org.jumelage.shared.NotFound.class);
        assertThat(stays.visible()).extracting(Stay::getId).doesNotContain(stay.getId());
    }

    @Test
    void theHostHearsOfANominationAndTheCoordinatorOfTheDecision() throws Exception {
        Call call = callClosingAt(
                "Nominations",
                LocalDateTime.now(clock.withZone(BERLIN)).plusDays(5).withNano(0));
        SignedIn.as(accounts, "admin");
        Placement offer = placements.create(new PlacementDetails(
                call.getId(),
                unit("SENUVK"),
                "Gastgeber Nominations",
                "Host Nominations",
                null,
                null,
                call.getStaysFrom(),
                call.getStaysFrom().plusWeeks(8),
                6,
                1,
                null,
                List.of()));
        SignedIn.as(accounts, "paris");
        Nomination nominated =
                nominations.nominate(offer.getId(), "Camille Test", null, "Urbaniste", "fr, de B2", null);
        assertThatThrownBy(() -> nominations.nominate(offer.getId(), "camille test", null, "Urbaniste", null, null))
                .as("a double click")
                .isInstanceOf(RuleViolation.class)
                .hasMessage("nomination.error.exists");
        awaitMail(
                "Camille Test (Stadt Paris) ist für das Angebot „Gastgeber Nominations“",
                "editor@demo.jumelage.invalid",
                1);
        awaitMail(
                "Camille Test (Stadt Paris) ist für das Angebot „Gastgeber Nominations“",
                "admin@demo.jumelage.invalid",
                1);
        assertThat(mailsAbout("Gastgeber Nominations", "paris@demo.jumelage.invalid"))
                .isEmpty();

        SignedIn.as(accounts, "editor");
        nominations.decline(nominated.getId(), nominated.getVersion(), "Im Zeitraum kein Mentor frei.");
        awaitMail("hat einen neuen Stand: Abgelehnt. Im Zeitraum kein Mentor frei.", "paris@demo.jumelage.invalid", 1);
        assertThat(mailsAbout("has a new status: Declined.", "paris@demo.jumelage.invalid"))
                .hasSize(1);
        assertThat(mailsAbout("Gastgeber Nominations", "warsaw@demo.jumelage.invalid"))
                .isEmpty();
    }

    @Test
    void aDeclineNeedsAReasonAndTellsTheApplicantWhy() throws Exception {
        Call call = callClosingAt(
                "Decline", LocalDateTime.now(clock.withZone(BERLIN)).plusDays(5).withNano(0));
        SignedIn.as(accounts, "editor");
        Application draft = completeDraft(call);
        applications.submit(draft.getId(), version(draft.getId()));
        SignedIn.as(accounts, "supervisor");
        applications.decide(draft.getId(), version(draft.getId()), false, "Im Frühjahr unabkömmlich.");
        assertThat(repository.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.DECLINED);
        awaitMail("Begründung: Im Frühjahr unabkömmlich.", "editor@demo.jumelage.invalid", 1);
        SignedIn.as(accounts, "editor");
        assertThatThrownBy(() -> applications.withdraw(draft.getId(), version(draft.getId()), null))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("application.error.notWithdrawable");
        // Submitting again does not undo the decline.
        assertThatThrownBy(() -> applications.submit(draft.getId(), version(draft.getId())))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("application.error.moved");
        assertThat(repository.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.DECLINED);
    }

    @Test
    void nobodyDecidesOnTheirOwnApplicationNorTakesTwoSteps() {
        long senuvk = unit("SENUVK");
        // The applicant's second account (same e-mail address, as HR) and an HR member who is also a supervisor.
        if (accounts.loadUser("staff-as-hr").isEmpty()) {
            accounts.create(
                    "staff-as-hr",
                    "Stefan Staff (HR)",
                    "staff@demo.jumelage.invalid",
                    org.jumelage.people.Role.HR,
                    senuvk,
                    "twin-password-2026",
                    false);
            accounts.create(
                    "hr-supervisor",
                    "Helga HR-Leitung",
                    "hr-supervisor@demo.jumelage.invalid",
                    org.jumelage.people.Role.HR,
                    senuvk,
                    "lead-password-2026",
                    false);
        }
        Call call = callClosingAt(
                "Independent",
                LocalDateTime.now(clock.withZone(BERLIN)).plusDays(5).withNano(0));
        SignedIn.as(accounts, "staff");
        assertThat(applications.supervisorsMatching("s", 100))
                .extracting(org.jumelage.people.StaffDirectory.StaffMember::username)
                .contains("hr-supervisor", "supervisor")
                // Not the applicant's own accounts, and nobody outside their unit and the units above it.
                .doesNotContain("staff-as-hr", "staff", "admin", "viewer");
        assertThat(applications.supervisorsMatching("Demo", 100))
                .extracting(org.jumelage.people.StaffDirectory.StaffMember::username)
                .contains("supervisor", "editor")
                .doesNotContain("admin", "viewer", "paris", "warsaw");
        assertThat(applications.supervisor(
                        accounts.staffMember("viewer").orElseThrow().accountId()))
                .as("a member of another department")
                .isEmpty();
        assertThat(applications.supervisor(
                        accounts.staffMember("staff-as-hr").orElseThrow().accountId()))
                .as("the applicant's own second account")
                .isEmpty();
        assertThat(applications.supervisor(
                        accounts.staffMember("hr-supervisor").orElseThrow().accountId()))
                .isPresent();
        Application application = applications.start(
                call.getId(),
                new ApplicationDetails(
                        null,
                        "Referentin",
                        List.of(new LanguageSkill("fr", CefrLevel.B2)),
                        "Motivation",
                        "Ziele",
                        List.of(placementOf(call)),
                        call.getStaysFrom(),
                        call.getStaysFrom().plusWeeks(12).minusDays(1),
                        12,
                        account("hr-supervisor")));
        applications.submit(application.getId(), version(application.getId()));
        SignedIn.as(accounts, "hr-supervisor");
        applications.decide(application.getId(), version(application.getId()), true, null);
        // Released by hr-supervisor: the HR step must be someone else's, and never the applicant's second account.
        for (String username : List.of("hr-supervisor", "staff-as-hr")) {
            SignedIn.as(accounts, username);
            assertThat(applications.awaitingMe(0).getContent())
                    .extracting(Application::getId)
                    .doesNotContain(application.getId());
            long current = version(application.getId());
            assertThatThrownBy(() -> applications.decide(application.getId(), current, true, null))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(accounts, "hr");
        assertThat(applications.awaitingMe(0).getContent())
                .extracting(Application::getId)
                .contains(application.getId());
        // Grouped by the step to decide, each group longest waiting first (the order the status index gives).
        assertThat(applications.awaitingMe(0).getContent())
                .isSortedAccordingTo(java.util.Comparator.comparing(
                                (Application a) -> a.getStatus().name())
                        .thenComparing(Application::getStatusSince)
                        .thenComparing(Application::getId));
        long waiting = applications.awaitingMe(0).getTotalElements();
        applications.decide(application.getId(), version(application.getId()), true, null);
        assertThat(repository.findById(application.getId()).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.CHECKED);
        // The kept count follows the change: one application fewer waits for HR.
        assertThat(applications.awaitingMe(0).getTotalElements()).isEqualTo(waiting - 1);
    }

    @Test
    void theServerRefusesASubmissionAfterTheDeadlineInTheCallsTimeZone() {
        // The deadline is 23:59 in Berlin, whatever the server's zone.
        LocalDate day = LocalDate.now(clock.withZone(BERLIN)).plusDays(3);
        Call call = callClosingAt("Deadline", day.atTime(23, 59));
        SignedIn.as(accounts, "staff");
        Application draft = completeDraft(call);
        clock.set(day.atTime(23, 59).atZone(BERLIN).toInstant());
        // The reader's language, as a request to a German page sets it.
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.GERMAN);
        assertThatThrownBy(() -> applications.submit(draft.getId(), version(draft.getId())))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("application.error.deadline")
                .satisfies(e ->
                        // Written as the reader writes a moment, Berlin's zone unnamed.
                        assertThat(((RuleViolation) e).arguments())
                                .containsExactly(new org.jumelage.shared.DateTexts("Europe/Berlin")
                                        .at(day.atTime(23, 59), "Europe/Berlin", java.util.Locale.GERMAN)));
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        assertThat(repository.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.DRAFT);

        clock.set(day.atTime(23, 58, 59).atZone(BERLIN).toInstant());
        applications.submit(draft.getId(), version(draft.getId()));
        assertThat(repository.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void anIncompleteApplicationIsNotSubmittedAndSaysWhatIsMissing() {
        Call call = callClosingAt(
                "Incomplete",
                LocalDateTime.now(clock.withZone(BERLIN)).plusDays(5).withNano(0));
        SignedIn.as(accounts, "staff");
        Application draft = applications.start(
                call.getId(),
                new ApplicationDetails(null, "Referentin", List.of(), null, null, List.of(), null, null, null, null));
        assertThatThrownBy(() -> applications.submit(draft.getId(), version(draft.getId())))
                .isInstanceOf(IncompleteApplication.class)
                .satisfies(e -> assertThat(((IncompleteApplication) e).fields())
                        .containsExactly(
                                "languages",
                                "motivation",
                                "objectives",
                                "choices",
                                "preferredFrom",
                                "weeks",
                                "supervisorId"));
        assertThat(applications.openToMe()).extracting(Call::getId).doesNotContain(call.getId());
        assertThatThrownBy(() -> applications.start(
                        call.getId(),
                        new ApplicationDetails(null, null, List.of(), null, null, List.of(), null, null, null, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("application.error.exists");
        // Nobody picks another unit (and so another unit's HR) as their home unit.
        assertThatThrownBy(() -> applications.saveDraft(
                        draft.getId(),
                        version(draft.getId()),
                        new ApplicationDetails(
                                unit("SENSW"), null, List.of(), null, null, List.of(), null, null, null, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("application.error.unit");
        // Nobody names themselves as supervisor.
        assertThatThrownBy(() -> applications.saveDraft(
                        draft.getId(),
                        version(draft.getId()),
                        new ApplicationDetails(
                                null, null, List.of(), null, null, List.of(), null, null, null, account("staff"))))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("application.error.supervisor");
        // A draft named the supervisor; withdrawn unsubmitted, it stays the applicant's alone.
        applications.saveDraft(
                draft.getId(),
                version(draft.getId()),
                new ApplicationDetails(
                        null,
                        "Referentin",
                        List.of(),
                        "Privat",
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        account("supervisor")));
        applications.withdraw(draft.getId(), version(draft.getId()), null);
        SignedIn.as(accounts, "supervisor");
        assertThatThrownBy(() -> applications.view(draft.getId())).isInstanceOf(org.jumelage.shared.NotFound.class);
        // Withdrawn, the person may apply again.
        SignedIn.as(accounts, "staff");
        assertThat(completeDraft(call).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void twoApprovalsOfTheSameStepAtOnceEndInExactlyOneTransition() throws Exception {
        Call call = callClosingAt(
                "Concurrent",
                LocalDateTime.now(clock.withZone(BERLIN)).plusDays(5).withNano(0));
        SignedIn.as(accounts, "staff");
        Application draft = completeDraft(call);
        applications.submit(draft.getId(), version(draft.getId()));
        long seen = version(draft.getId());
        int stepsBefore =
                repository.findById(draft.getId()).orElseThrow().getSteps().size();

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(two.submit(() -> {
                    SignedIn.as(accounts, "supervisor");
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        applications.decide(draft.getId(), seen, true, null);
                        return true;
                    } catch (RuntimeException refused) {
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        } finally {
            two.shutdownNow();
        }
        Application after = repository.findById(draft.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(ApplicationStatus.RELEASED);
        assertThat(after.getSteps()).hasSize(stepsBefore + 1);
        assertThat(after.getSteps())
                .filteredOn(s -> s.getToStatus() == ApplicationStatus.RELEASED)
                .hasSize(1);
    }

    /** Takes the signed-out application from submitted to shortlisted, each step by its person. */
    private void shortlist(long applicationId) {
        for (String approver : List.of("supervisor", "hr", "admin")) {
            SignedIn.as(accounts, approver);
            applications.decide(applicationId, version(applicationId), true, null);
        }
    }

    @Test
    void twoOfficeMembersPlacingTwoApplicantsInTheLastPlaceAtOnceFillItOnce() throws Exception {
        Call call = callClosingAt(
                "LastPlace",
                LocalDateTime.now(clock.withZone(BERLIN)).plusDays(5).withNano(0));
        List<Long> shortlisted = new ArrayList<>();
        for (String applicant : List.of("staff", "editor")) {
            SignedIn.as(accounts, applicant);
            Application draft = completeDraft(call);
            applications.submit(draft.getId(), version(draft.getId()));
            shortlist(draft.getId());
            shortlisted.add(draft.getId());
        }
        long placement = placementOf(call);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Boolean> outcomes = new ArrayList<>();
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (long id : shortlisted) {
                long seen = version(id);
                results.add(two.submit(() -> {
                    SignedIn.as(accounts, "admin");
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        applications.place(
                                id,
                                seen,
                                placement,
                                call.getStaysFrom(),
                                call.getStaysFrom().plusWeeks(12));
                        return true;
                    } catch (RuntimeException full) {
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            for (Future<Boolean> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            two.shutdownNow();
        }
        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        SignedIn.as(accounts, "admin");
        assertThat(placements.placesLeft(placements.view(placement))).isZero();
        assertThat(shortlisted.stream()
                        .map(id -> repository.findById(id).orElseThrow().getStatus())
                        .toList())
                .containsExactlyInAnyOrder(ApplicationStatus.PLACED, ApplicationStatus.SHORTLISTED);
    }

    @Test
    void anApproverGetsOneReminderPerRunListingEverythingThatWaitsForThem() throws Exception {
        LocalDateTime closes =
                LocalDateTime.now(clock.withZone(BERLIN)).plusDays(5).withNano(0);
        Call first = callClosingAt("Digest A", closes);
        Call second = callClosingAt("Digest B", closes);
        SignedIn.as(accounts, "staff");
        for (Call call : List.of(first, second)) {
            Application draft = completeDraft(call);
            applications.submit(draft.getId(), version(draft.getId()));
        }
        SecurityContextHolder.clearContext();

        clock.advance(Duration.ofDays(4));
        assertThat(reminders.queueDue()).isGreaterThanOrEqualTo(2);
        awaitMail("„Digest A“ wartet seit 4 Tagen", "supervisor@demo.jumelage.invalid", 1);
        List<MimeMessage> mails = mailsAbout("„Digest A“ wartet seit 4 Tagen", "supervisor@demo.jumelage.invalid");
        assertThat(mails.getFirst().getContent().toString())
                .contains("„Digest B“ wartet seit 4 Tagen")
                .contains("/office/exchange/approvals");
        assertThat(mailsAbout("„Digest B“ wartet seit", "supervisor@demo.jumelage.invalid"))
                .as("one mail names both")
                .hasSize(1);
    }

    @Test
    void whoeverIsWaitedForIsRemindedAfterThePeriodAndAgainAfterEachFurtherPeriod() throws Exception {
        Call call = callClosingAt(
                "Reminder",
                LocalDateTime.now(clock.withZone(BERLIN)).plusDays(5).withNano(0));
        SignedIn.as(accounts, "staff");
        Application draft = completeDraft(call);
        applications.submit(draft.getId(), version(draft.getId()));
        SecurityContextHolder.clearContext();

        clock.advance(Duration.ofDays(2));
        reminders.queueDue();
        clock.advance(Duration.ofDays(2));
        assertThat(reminders.queueDue()).isPositive();
        awaitMail("„Reminder“ wartet seit", "supervisor@demo.jumelage.invalid", 1);
        assertThat(mailsAbout("„Reminder“ wartet seit 4 Tagen", "supervisor@demo.jumelage.invalid"))
                .hasSize(1);
        assertThat(reminders.queueDue()).as("reminded already").isZero();
        clock.advance(Duration.ofDays(3));
        reminders.queueDue();
        awaitMail("„Reminder“ wartet seit 7 Tagen", "supervisor@demo.jumelage.invalid", 1);
        assertThat(mailsAbout("„Reminder“ wartet seit", "supervisor@demo.jumelage.invalid"))
                .hasSize(2);
        // The applicant is not reminded; the reminder leaves the application's version alone.
        assertThat(mailsAbout("wartet seit", "staff@demo.jumelage.invalid")).isEmpty();
        assertThat(repository.findById(draft.getId()).orElseThrow().getRemindedAt())
                .isNotNull();
    }
}
