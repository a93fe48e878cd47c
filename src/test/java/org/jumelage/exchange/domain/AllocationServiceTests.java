package org.jumelage.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.CefrLevel;
import org.jumelage.exchange.Criterion;
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
 * The allocation on the real schema (also on PostgreSQL in CI): the rubric fixed from the first scorecard, scoring by
 * the office only and by two different people where the call asks for it, eligibility with its reasons, places and
 * quotas held, overrides with reasons, publication planning the stays, and a freed place offered to the next
 * alternate with a deadline.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + ExchangeSmtp.PORT})
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
@Tag("database")
class AllocationServiceTests {

    static final com.icegreen.greenmail.util.GreenMail smtp = ExchangeSmtp.SERVER;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Applicant ids far from the demo accounts': the applicants need no account of their own here. */
    private static final AtomicLong APPLICANTS = new AtomicLong(7_000_000);

    @Autowired
    CallService calls;

    @Autowired
    PlacementService placements;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ScoringService scoring;

    @Autowired
    AllocationService allocations;

    @Autowired
    AllocationOffers offers;

    @Autowired
    QuotaService quotas;

    @Autowired
    StayService stays;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    StayRepository stayRepository;

    @Autowired
    OfferRepository offerRepository;

    @Autowired
    AccountService accounts;

    @Autowired
    Organisation organisation;

    @Autowired
    MutableClock clock;

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    AgreementService agreements;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        clock.set(Instant.now());
    }

    private long unit(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    /** A call of EVA that closed yesterday, with stays from a year ahead (a year no other test plans stays in). */
    private Call closedCall(String title, int yearsAhead) {
        SignedIn.as(accounts, "admin");
        long eva = programmes.all().stream()
                .filter(p -> p.getCode().equals("EVA"))
                .findFirst()
                .orElseThrow()
                .getId();
        LocalDate staysFrom = LocalDate.of(LocalDate.now(BERLIN).getYear() + yearsAhead, 3, 1);
        LocalDateTime now = LocalDateTime.now(clock.withZone(BERLIN)).withNano(0);
        return calls.create(new CallDetails(
                eva,
                title,
                title,
                now.minusDays(20),
                now.minusDays(1),
                BERLIN,
                staysFrom,
                staysFrom.plusMonths(6),
                4,
                12,
                6,
                Set.of(unit("SENUVK"), unit("SENSW")),
                Set.of("fr", "pl")));
    }

    private Placement placement(Call call, String unit, String topic, int weeks, int places, LanguageSkill language) {
        return placements.create(new PlacementDetails(
                call.getId(),
                unit(unit),
                topic,
                topic,
                null,
                null,
                call.getStaysFrom(),
                call.getStaysFrom().plusWeeks(weeks + 4),
                weeks,
                places,
                "Mentor (Test)",
                List.of(language)));
    }

    /** A shortlisted application with these languages and choices, for the whole of the call's window. */
    private Application shortlisted(Call call, String name, List<LanguageSkill> languages, Placement... choices) {
        Instant now = clock.instant();
        long applicant = APPLICANTS.incrementAndGet();
        Application application = new Application(
                call.getId(), applicant, name, name.toLowerCase() + "@test.invalid", unit("SENUVK"), now);
        application.updateDraft(new ApplicationDetails(
                unit("SENUVK"),
                "Referent",
                languages,
                "Motivation",
                "Ziele",
                java.util.Arrays.stream(choices).map(Placement::getId).toList(),
                call.getStaysFrom(),
                call.getStaysTo(),
                12,
                null));
        ApplicationStatus at = ApplicationStatus.DRAFT;
        for (ApplicationStatus to : List.of(
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.RELEASED,
                ApplicationStatus.CHECKED,
                ApplicationStatus.SHORTLISTED)) {
            application.move(at, to, applicant, name, null, now);
            at = to;
        }
        return applications.saveAndFlush(application);
    }

    private static Map<Criterion, Integer> marks(
            int motivation, int objectives, int languages, int first, int transfer) {
        Map<Criterion, Integer> marks = new EnumMap<>(Criterion.class);
        marks.put(Criterion.MOTIVATION, motivation);
        marks.put(Criterion.OBJECTIVES, objectives);
        marks.put(Criterion.LANGUAGES, languages);
        marks.put(Criterion.FIRST_PARTICIPATION, first);
        marks.put(Criterion.TRANSFER, transfer);
        return marks;
    }

    /** Scores with one mark for every criterion: under the default rubric (weights 3,3,2,1,1) that is 10 × mark. */
    private void score(Application application, int mark) {
        scoring.score(application.getId(), null, marks(mark, mark, mark, mark, mark), null);
    }

    private AllocationEntry entryOf(Allocation allocation, Application application) {
        return allocations.entries(allocation.getId(), 0).getContent().stream()
                .filter(e -> e.getApplicationId() == application.getId())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theRubricIsFixedFromTheFirstScorecardAndOnlyTheOfficeScoresNeverTheirOwn() {
        Call call = closedCall("Bewertung", 5);
        Placement paris = placement(call, "PAR", "Radverkehr", 8, 1, new LanguageSkill("fr", CefrLevel.B1));
        Application anna = shortlisted(call, "Anna", List.of(new LanguageSkill("fr", CefrLevel.B2)), paris);

        // A rubric without any weight is refused; a changed one is kept.
        Map<Criterion, Integer> none = marks(0, 0, 0, 0, 0);
        long version = calls.get(call.getId()).getVersion();
        assertThatThrownBy(() -> scoring.publishRubric(call.getId(), version, none, true))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("rubric.error.empty");
        scoring.publishRubric(call.getId(), version, marks(4, 2, 0, 1, 3), true);
        Call changed = calls.get(call.getId());
        assertThat(changed.getWeights()).containsEntry(Criterion.MOTIVATION, 4).containsEntry(Criterion.LANGUAGES, 0);
        assertThat(changed.scorersRequired()).isEqualTo(2);

        // A weighted criterion without its mark is refused; the unweighted one needs none.
        Map<Criterion, Integer> missing = marks(5, 5, 5, 5, 5);
        missing.remove(Criterion.TRANSFER);
        assertThatThrownBy(() -> scoring.score(anna.getId(), null, missing, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("score.error.mark");
        Map<Criterion, Integer> noLanguages = marks(5, 4, 0, 3, 2);
        noLanguages.remove(Criterion.LANGUAGES);
        Scorecard mine = scoring.score(anna.getId(), null, noLanguages, "Überzeugend");
        assertThat(mine.getPoints()).isEqualTo(4 * 5 + 2 * 4 + 1 * 3 + 3 * 2);

        // From now on the rubric is fixed.
        long later = calls.get(call.getId()).getVersion();
        assertThatThrownBy(() -> scoring.publishRubric(call.getId(), later, marks(1, 1, 1, 1, 1), false))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("rubric.error.scoringBegun");

        // The same person's second scorecard is a conflict, not a second scorer; their own changes go by version.
        assertThatThrownBy(() -> scoring.score(anna.getId(), null, noLanguages, null))
                .isInstanceOf(org.jumelage.shared.EditConflict.class);
        Scorecard changedCard = scoring.score(anna.getId(), mine.getVersion(), marks(1, 1, 0, 1, 1), null);
        assertThat(changedCard.getPoints()).isEqualTo(4 + 2 + 1 + 3);
        assertThat(allocations.unscored(calls.get(call.getId()))).isEqualTo(1);

        // Staff may not score.
        SignedIn.as(accounts, "staff");
        assertThatThrownBy(() -> scoring.score(anna.getId(), null, noLanguages, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAllocationHoldsPlacesAndQuotasExplainsEveryChoiceAndIsPublished() {
        Call call = closedCall("Vergabe", 6);
        int year = call.getStaysFrom().getYear();
        Placement bikes = placement(call, "PAR", "Radverkehr", 8, 1, new LanguageSkill("fr", CefrLevel.B2));
        Placement parks = placement(call, "PAR", "Parks", 8, 2, new LanguageSkill("fr", CefrLevel.A2));
        Placement warsaw = placement(call, "WAW", "Klima", 8, 1, new LanguageSkill("pl", CefrLevel.B1));
        // Paris takes two of Berlin's staff that year, whatever its placements' places.
        quotas.create(unit("PAR"), year, 2, "Vereinbart im Test");

        LanguageSkill frenchC1 = new LanguageSkill("fr", CefrLevel.C1);
        LanguageSkill frenchB1 = new LanguageSkill("fr", CefrLevel.B1);
        LanguageSkill polish = new LanguageSkill("pl", CefrLevel.B2);
        Application best = shortlisted(call, "Best", List.of(frenchC1), bikes, parks);
        Application second = shortlisted(call, "Second", List.of(frenchC1, polish), bikes, parks, warsaw);
        Application third = shortlisted(call, "Third", List.of(frenchB1), bikes, parks);
        Application fourth = shortlisted(call, "Fourth", List.of(frenchC1, polish), parks, warsaw);

        // Not before every shortlisted application is scored.
        assertThatThrownBy(() -> allocations.propose(call.getId()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("allocation.error.unscored");
        score(best, 5);
        score(second, 4);
        score(third, 3);
        score(fourth, 2);
        Allocation proposal = allocations.propose(call.getId());
        assertThat(proposal.getApplicants()).isEqualTo(4);

        // Best gets the bike placement; Second wanted it too (taken by a higher score) and gets parks; Third may not
        // have bikes (French B1 < B2) and finds Paris's quota of two used up by higher scores; Fourth gets Warsaw.
        AllocationEntry first = entryOf(proposal, best);
        assertThat(first.getPriority()).isEqualTo(1);
        assertThat(first.getPlacementId()).isEqualTo(bikes.getId());
        assertThat(first.getChoiceNo()).isEqualTo(1);
        assertThat(first.getChoices())
                .extracting(ChoiceOutcome::outcome)
                .containsExactly(ChoiceOutcome.Outcome.GOT, ChoiceOutcome.Outcome.LOWER);
        AllocationEntry two = entryOf(proposal, second);
        assertThat(two.getPlacementId()).isEqualTo(parks.getId());
        assertThat(two.getChoices())
                .extracting(ChoiceOutcome::outcome)
                .containsExactly(ChoiceOutcome.Outcome.TAKEN, ChoiceOutcome.Outcome.GOT, ChoiceOutcome.Outcome.LOWER);
        AllocationEntry three = entryOf(proposal, third);
        assertThat(three.getPlacementId()).isNull();
        assertThat(three.getChoices().getFirst().outcome()).isEqualTo(ChoiceOutcome.Outcome.INELIGIBLE);
        assertThat(three.getChoices().getFirst().rule()).isEqualTo("LANGUAGE");
        assertThat(three.getChoices().getFirst().language()).isEqualTo("fr");
        assertThat(three.getChoices().getFirst().level()).isEqualTo(CefrLevel.B2);
        assertThat(three.getChoices().get(1).outcome()).isEqualTo(ChoiceOutcome.Outcome.TAKEN);
        AllocationEntry four = entryOf(proposal, fourth);
        // Parks has a place left, but Paris's quota is used up by higher scores.
        assertThat(four.getPlacementId()).isEqualTo(warsaw.getId());
        assertThat(four.getChoices().getFirst().outcome()).isEqualTo(ChoiceOutcome.Outcome.TAKEN);
        assertThat(proposal.getAssigned()).isEqualTo(3);

        // Overrides: a reason is required; a place beyond Paris's quota is refused; a freed one can be given.
        long fourVersion = four.getVersion();
        assertThatThrownBy(() -> allocations.override(call.getId(), four.getId(), fourVersion, parks.getId(), " "))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("allocation.error.reason");
        assertThatThrownBy(() -> allocations.override(
                        call.getId(), four.getId(), fourVersion, parks.getId(), "Fachlich passender"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("allocation.error.quota");
        assertThatThrownBy(() -> allocations.override(
                        call.getId(), three.getId(), three.getVersion(), bikes.getId(), "Trotzdem"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("allocation.error.ineligible");
        allocations.override(call.getId(), two.getId(), two.getVersion(), null, "Verzichtet mündlich");
        allocations.override(call.getId(), three.getId(), three.getVersion(), parks.getId(), "Härtefall");
        AllocationEntry overridden = entryOf(proposal, third);
        assertThat(overridden.isOverridden()).isTrue();
        assertThat(overridden.getOverrideReason()).isEqualTo("Härtefall");
        assertThat(overridden.getProposedPlacementId()).isNull();
        assertThat(overridden.getChoices())
                .extracting(ChoiceOutcome::outcome)
                .containsExactly(ChoiceOutcome.Outcome.INELIGIBLE, ChoiceOutcome.Outcome.GOT);

        // Published: the assigned are placed with their stays planned; the others stay shortlisted.
        Allocation current = allocations.of(call.getId()).orElseThrow();
        allocations.publish(call.getId(), current.getVersion());
        assertThat(applications.findById(best.getId()).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.PLACED);
        assertThat(applications.findById(third.getId()).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.PLACED);
        assertThat(applications.findById(second.getId()).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.SHORTLISTED);
        Stay stay = stayRepository.findByApplicationId(best.getId()).orElseThrow();
        assertThat(stay.getPlacementId()).isEqualTo(bikes.getId());
        assertThat(stay.getStartsOn()).isEqualTo(call.getStaysFrom());
        assertThat(stay.getEndsOn()).isEqualTo(call.getStaysFrom().plusWeeks(8).minusDays(1));
        assertThat(allocations.publishedEntryOf(
                        applications.findById(second.getId()).orElseThrow()))
                .get()
                .extracting(AllocationEntry::getPlacementId)
                .isNull();
        // Second, without a place, is told by mail that the outcome is out and where to read why.
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(java.util.Arrays.stream(smtp.getReceivedMessages())
                                .filter(m -> {
                                    try {
                                        return m.getAllRecipients()[0]
                                                        .toString()
                                                        .equals("second@test.invalid")
                                                && m.getSubject().contains("Ergebnis der Vergabe");
                                    } catch (jakarta.mail.MessagingException e) {
                                        return false;
                                    }
                                }))
                        .hasSize(1));
        long publishedVersion = allocations.of(call.getId()).orElseThrow().getVersion();
        assertThatThrownBy(() -> allocations.publish(call.getId(), publishedVersion))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("allocation.error.published");
        assertThatThrownBy(() -> allocations.propose(call.getId()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("allocation.error.published");
    }

    @Test
    void aFreedPlaceGoesToTheNextAlternateWhoAnswersByADeadline() {
        Call call = closedCall("Nachrücken", 7);
        Placement bikes = placement(call, "PAR", "Radverkehr", 8, 1, new LanguageSkill("fr", CefrLevel.B1));
        Placement warsaw = placement(call, "WAW", "Klima", 8, 1, new LanguageSkill("pl", CefrLevel.B1));
        LanguageSkill french = new LanguageSkill("fr", CefrLevel.C1);
        LanguageSkill polish = new LanguageSkill("pl", CefrLevel.C1);
        Application best = shortlisted(call, "Erste", List.of(french), bikes);
        Application second = shortlisted(call, "Zweite", List.of(french, polish), bikes, warsaw);
        Application third = shortlisted(call, "Dritte", List.of(french), bikes);
        score(best, 5);
        score(second, 4);
        score(third, 3);
        allocations.propose(call.getId());
        allocations.publish(
                call.getId(), allocations.of(call.getId()).orElseThrow().getVersion());
        assertThat(stayRepository
                        .findByApplicationId(second.getId())
                        .orElseThrow()
                        .getPlacementId())
                .isEqualTo(warsaw.getId());

        // Best's stay is cancelled: the place in Paris goes to Second (placed in Warsaw, but wanting Paris first).
        Stay bestStay = stayRepository.findByApplicationId(best.getId()).orElseThrow();
        stays.moveTo(bestStay.getId(), bestStay.getVersion(), StayStatus.CANCELLED, "Krank");
        Offer offer = offerRepository
                .findByApplicationIdOrderByOfferedAtDesc(second.getId())
                .getFirst();
        assertThat(offer.getPlacementId()).isEqualTo(bikes.getId());
        assertThat(offer.getAnswerBy()).isEqualTo(offer.getOfferedAt().plus(Duration.ofDays(7)));
        // Second learns of it by mail, with the deadline.
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(java.util.Arrays.stream(smtp.getReceivedMessages())
                                .filter(m -> {
                                    try {
                                        return m.getAllRecipients()[0]
                                                        .toString()
                                                        .equals("zweite@test.invalid")
                                                && m.getSubject().contains("Ein Platz ist für Sie frei geworden");
                                    } catch (jakarta.mail.MessagingException e) {
                                        return false;
                                    }
                                }))
                        .hasSize(1));
        // Nobody else is offered the same place while the offer is open.
        assertThat(offerRepository.findByApplicationIdOrderByOfferedAtDesc(third.getId()))
                .isEmpty();

        // Only the applicant answers; the office may not.
        assertThatThrownBy(() -> offers.answer(second.getId(), offer.getId(), offer.getVersion(), true))
                .isInstanceOf(org.jumelage.shared.NotFound.class);
        SignedIn.as(accounts, "staff");
        // The applicant has no account here: answering as somebody else is "not found".
        assertThatThrownBy(() -> offers.answer(second.getId(), offer.getId(), offer.getVersion(), true))
                .isInstanceOf(org.jumelage.shared.NotFound.class);

        // The deadline passes unanswered: the offer expires and Third is offered the place.
        SignedIn.as(accounts, "admin");
        clock.advance(Duration.ofDays(8));
        assertThat(offers.expireDue()).isGreaterThanOrEqualTo(1);
        assertThat(offerRepository.findById(offer.getId()).orElseThrow().getStatus())
                .isEqualTo(Offer.Status.EXPIRED);
        List<Offer> toThird = offerRepository.findByApplicationIdOrderByOfferedAtDesc(third.getId());
        assertThat(toThird).singleElement().extracting(Offer::getPlacementId).isEqualTo(bikes.getId());
        assertThat(toThird.getFirst().isOpen(clock.instant())).isTrue();
    }

    @Test
    void acceptingAFreedPlaceMovesThePlacedApplicantsStayAndOffersTheirOldPlaceOn() {
        Call call = closedCall("Annahme", 8);
        Placement bikes = placement(call, "PAR", "Radverkehr", 8, 1, new LanguageSkill("fr", CefrLevel.B1));
        Placement warsaw = placement(call, "WAW", "Klima", 8, 1, new LanguageSkill("pl", CefrLevel.B1));
        LanguageSkill french = new LanguageSkill("fr", CefrLevel.C1);
        LanguageSkill polish = new LanguageSkill("pl", CefrLevel.C1);
        // The applicant who will accept is the demo account "staff": their own application.
        Application best = shortlisted(call, "Erste", List.of(french), bikes);
        Application mover = shortlisted(call, "Stefan", List.of(french, polish), bikes, warsaw);
        long staffId = accounts.loadUser("staff").orElseThrow().accountId();
        Application own = applications.findById(mover.getId()).orElseThrow();
        org.springframework.test.util.ReflectionTestUtils.setField(own, "applicantId", staffId);
        applications.saveAndFlush(own);
        Application waiting = shortlisted(call, "Wartend", List.of(polish), warsaw);
        score(best, 5);
        score(mover, 4);
        score(waiting, 3);
        allocations.propose(call.getId());
        allocations.publish(
                call.getId(), allocations.of(call.getId()).orElseThrow().getVersion());
        assertThat(applications.findById(waiting.getId()).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.SHORTLISTED);

        // The mover's stay in Warsaw has an agreement, approved for the sending side.
        Stay warsawStay = stayRepository.findByApplicationId(mover.getId()).orElseThrow();
        var written = agreements.write(
                warsawStay.getId(),
                null,
                new AgreementTerms(
                        warsawStay.getStartsOn(), warsawStay.getEndsOn(), "pl", "Z", "M", "T", "E", "P", "S", "R"));
        agreements.approve(warsawStay.getId(), written.agreement().getVersion(), AgreementVersion.Party.SENDING);
        Stay bestStay = stayRepository.findByApplicationId(best.getId()).orElseThrow();
        stays.moveTo(bestStay.getId(), bestStay.getVersion(), StayStatus.CANCELLED, "Krank");
        Offer offer = offerRepository
                .findByApplicationIdOrderByOfferedAtDesc(mover.getId())
                .getFirst();

        SignedIn.as(accounts, "staff");
        offers.answer(mover.getId(), offer.getId(), offer.getVersion(), true);
        Stay moved = stayRepository.findByApplicationId(mover.getId()).orElseThrow();
        assertThat(moved.getPlacementId()).isEqualTo(bikes.getId());
        assertThat(moved.getStatus()).isEqualTo(StayStatus.PLANNED);
        // What was approved was for Warsaw: the agreement is a new version for Paris's dates, approved by nobody yet.
        var renewed = agreements.of(moved.getId()).orElseThrow().version();
        assertThat(renewed.getNumber()).isEqualTo(2);
        assertThat(renewed.isApprovedByAnyone()).isFalse();
        assertThat(renewed.terms().periodFrom()).isEqualTo(moved.getStartsOn());
        // A second answer to the same offer is refused.
        Offer answered = offerRepository.findById(offer.getId()).orElseThrow();
        assertThat(answered.getStatus()).isEqualTo(Offer.Status.ACCEPTED);
        assertThatThrownBy(() -> offers.answer(mover.getId(), offer.getId(), answered.getVersion(), false))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("offer.error.closed");
        // Warsaw's place is free again and goes to the applicant waiting for it.
        assertThat(offerRepository.findByApplicationIdOrderByOfferedAtDesc(waiting.getId()))
                .singleElement()
                .extracting(Offer::getPlacementId)
                .isEqualTo(warsaw.getId());
        SignedIn.as(accounts, "admin");
        AllocationEntry entry = entryOf(allocations.of(call.getId()).orElseThrow(), mover);
        assertThat(entry.getPlacementId()).isEqualTo(bikes.getId());
        assertThat(entry.getChoices())
                .extracting(ChoiceOutcome::outcome)
                .containsExactly(ChoiceOutcome.Outcome.GOT, ChoiceOutcome.Outcome.LOWER);
    }

    @Test
    void whereTheCallAsksForTwoScorersTwoDifferentPeopleScoreAndTheScoreIsTheirMean() {
        Call call = closedCall("Zweitbewertung", 5);
        Placement paris = placement(call, "PAR", "Zweitbewertung", 8, 1, new LanguageSkill("fr", CefrLevel.B1));
        Application application = shortlisted(call, "Doppelt", List.of(new LanguageSkill("fr", CefrLevel.C1)), paris);
        Application single = shortlisted(call, "Einfach", List.of(new LanguageSkill("fr", CefrLevel.C1)), paris);
        String second = "second-scorer-" + APPLICANTS.incrementAndGet();
        String third = "third-scorer-" + APPLICANTS.incrementAndGet();
        accounts.create(second, "Zweite Bewertung", null, org.jumelage.people.Role.ADMIN, unit("SKZL-EUI"));
        accounts.create(third, "Dritte Bewertung", null, org.jumelage.people.Role.ADMIN, unit("SKZL-EUI"));
        long version = calls.get(call.getId()).getVersion();
        scoring.publishRubric(call.getId(), version, Criterion.defaultWeights(), true);

        score(application, 5);
        assertThat(allocations.unscored(calls.get(call.getId()))).isEqualTo(2);
        SignedIn.as(accounts, second);
        score(application, 2);
        score(single, 4);
        // Both scorecards are in: a third person may not add one.
        SignedIn.as(accounts, third);
        assertThatThrownBy(() -> score(application, 1))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("score.error.complete");
        SignedIn.as(accounts, "admin");
        assertThat(allocations.unscored(calls.get(call.getId()))).isEqualTo(1);
        assertThat(scoring.scores(call.getId()).get(application.getId()))
                .isEqualTo(new ScoringService.Score(new java.math.BigDecimal("35.00"), 2));
        // One scorecard is not enough where two are asked for.
        assertThatThrownBy(() -> allocations.propose(call.getId()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("allocation.error.unscored");
    }

    @Test
    void aProposalIsStaleWhenTheShortlistChangedEvenIfItsSizeDidNot() {
        Call call = closedCall("Wechsel", 5);
        Placement vienna = placement(call, "VIE", "Wechsel", 8, 1, new LanguageSkill("fr", CefrLevel.B1));
        Application leaving = shortlisted(call, "Geht", List.of(new LanguageSkill("fr", CefrLevel.C1)), vienna);
        Application staying = shortlisted(call, "Bleibt", List.of(new LanguageSkill("fr", CefrLevel.C1)), vienna);
        score(leaving, 4);
        score(staying, 3);
        Allocation proposal = allocations.propose(call.getId());
        // One application leaves the shortlist, another joins it: the count is the same, the proposal is not.
        Application gone = applications.findById(leaving.getId()).orElseThrow();
        gone.move(ApplicationStatus.SHORTLISTED, ApplicationStatus.WITHDRAWN, 1L, "Geht", null, clock.instant());
        applications.saveAndFlush(gone);
        Application joining = shortlisted(call, "Neu", List.of(new LanguageSkill("fr", CefrLevel.C1)), vienna);
        assertThat(allocations.isStale(allocations.of(call.getId()).orElseThrow()))
                .isTrue();
        assertThatThrownBy(() -> allocations.publish(call.getId(), proposal.getVersion()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("allocation.error.stale");
        // Proposed again: the stale proposal is replaced, and the audit trail says who discarded it.
        score(joining, 2);
        Allocation again = allocations.propose(call.getId());
        assertThat(again.getId()).isNotEqualTo(proposal.getId());
        assertThat(allocations.isStale(again)).isFalse();
        assertThat(jdbc.queryForObject(
                        "select actor from audit_entry where action = 'DELETED' and subject_type = 'Allocation'"
                                + " and subject_id = ?",
                        String.class,
                        String.valueOf(proposal.getId())))
                .isEqualTo("admin");
    }

    @Test
    void aChoiceWhoseWeeksDoNotFitTheReleasedPeriodIsIneligible() {
        Call call = closedCall("Zeitraum", 9);
        Placement longOne = placement(call, "WAW", "Lang", 12, 1, new LanguageSkill("pl", CefrLevel.A1));
        Application application = shortlisted(call, "Kurz", List.of(new LanguageSkill("pl", CefrLevel.B1)), longOne);
        Application narrowed = applications.findById(application.getId()).orElseThrow();
        org.springframework.test.util.ReflectionTestUtils.setField(
                narrowed, "preferredTo", call.getStaysFrom().plusWeeks(10));
        applications.saveAndFlush(narrowed);
        score(application, 3);
        Allocation proposal = allocations.propose(call.getId());
        ChoiceOutcome choice = entryOf(proposal, application).getChoices().getFirst();
        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.Outcome.INELIGIBLE);
        assertThat(choice.rule()).isEqualTo("PERIOD");
        assertThat(proposal.getAssigned()).isZero();
    }

    @Test
    void theScoresAndTheAllocationAreErasedWithTheCallsPersonalData() {
        Call call = closedCall("Löschung", 1);
        // In Vienna, which agreed no quota: the demo's and other tests' stays in Paris that year do not count here.
        Placement bikes = placement(call, "VIE", "Radverkehr", 8, 1, new LanguageSkill("fr", CefrLevel.B1));
        Application application = shortlisted(call, "Gelöscht", List.of(new LanguageSkill("fr", CefrLevel.C1)), bikes);
        score(application, 4);
        Allocation proposal = allocations.propose(call.getId());
        allocations.publish(call.getId(), proposal.getVersion());
        // Past the retention: the call's window ended and its months passed.
        clock.set(call.getStaysTo().plusMonths(7).atStartOfDay(BERLIN).toInstant());
        assertThat(retention.eraseDue()).isGreaterThanOrEqualTo(1);
        assertThat(applications.findById(application.getId())).isEmpty();
        Allocation kept = allocations.of(call.getId()).orElseThrow();
        // The allocation's anonymous facts survive; its entries and scorecards went with the applications.
        assertThat(kept.getApplicants()).isEqualTo(1);
        assertThat(kept.getAssigned()).isEqualTo(1);
        assertThat(allocations.entries(kept.getId(), 0).getTotalElements()).isZero();
        assertThat(scoring.scores(call.getId())).isEmpty();
    }
}
