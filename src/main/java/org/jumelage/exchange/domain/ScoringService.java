package org.jumelage.exchange.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.Criterion;
import org.jumelage.people.JumelageUser;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call's scoring rubric and the office's scorecards. Only the office scores, never an application of their own,
 * and where the call asks for two scorers, two different people score each application; the application's score is
 * the mean of its scorecards' points.
 */
@Service
@Transactional
public class ScoringService {

    /** How many shortlisted applications the scoring list shows at a time. */
    public static final int PAGE_SIZE = 50;

    private final CallService calls;
    private final ApplicationService applicationService;
    private final ApplicationRepository applications;
    private final ScorecardRepository scorecards;
    private final AllocationRepository allocations;
    private final ExchangeAccess access;
    private final Clock clock;

    ScoringService(
            CallService calls,
            ApplicationService applicationService,
            ApplicationRepository applications,
            ScorecardRepository scorecards,
            AllocationRepository allocations,
            ExchangeAccess access,
            Clock clock) {
        this.calls = calls;
        this.applicationService = applicationService;
        this.applications = applications;
        this.scorecards = scorecards;
        this.allocations = allocations;
        this.access = access;
        this.clock = clock;
    }

    /** An application's score and how many people scored it. */
    public record Score(BigDecimal points, int scorers) {

        /** The mean of the scorecards' points, to the hundredth. */
        static Score of(long sum, long count) {
            return new Score(
                    BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP), (int) count);
        }
    }

    /** The office publishes the call's rubric; fixed from the first scorecard on. */
    public void publishRubric(long callId, long version, Map<Criterion, Integer> weights, boolean twoScorers) {
        requireOffice();
        Call call = calls.get(callId);
        if (call.getVersion() != version) {
            throw new EditConflict("call " + callId, version, call.getVersion());
        }
        call.publishRubric(weights, twoScorers, scorecards.existsForCall(callId), clock.instant());
    }

    public boolean scoringBegun(long callId) {
        return scorecards.existsForCall(callId);
    }

    /** A page of the call's shortlisted applications, by name, for scoring. */
    @Transactional(readOnly = true)
    public Page<ApplicantRow> shortlisted(long callId, int page) {
        requireOffice();
        return applications.findRows(
                callId, ApplicationStatus.SHORTLISTED, PageRequest.of(Math.max(0, page), PAGE_SIZE));
    }

    /** The scores of these applications, by application id (those not scored yet are missing): for a page of them. */
    @Transactional(readOnly = true)
    public Map<Long, Score> scoresOf(java.util.Collection<ApplicantRow> page) {
        requireOffice();
        Map<Long, Score> scores = new HashMap<>();
        if (page.isEmpty()) {
            return scores;
        }
        for (Object[] row :
                scorecards.totalsOf(page.stream().map(ApplicantRow::id).toList())) {
            scores.put((Long) row[0], Score.of(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return scores;
    }

    /** The scores of the call's shortlisted applications, by application id (those not scored yet are missing). */
    @Transactional(readOnly = true)
    public Map<Long, Score> scores(long callId) {
        requireOffice();
        Map<Long, Score> scores = new HashMap<>();
        for (Object[] row : scorecards.totalsOfCall(callId, ApplicationStatus.SHORTLISTED)) {
            scores.put((Long) row[0], Score.of(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return scores;
    }

    @Transactional(readOnly = true)
    public List<Scorecard> scorecards(long applicationId) {
        requireOffice();
        applicationService.view(applicationId);
        return scorecards.findByApplicationIdOrderByScoredAtAsc(applicationId);
    }

    /** The signed-in person's scorecard of the application, if they scored it. */
    @Transactional(readOnly = true)
    public java.util.Optional<Scorecard> mine(long applicationId) {
        return scorecards.findByApplicationIdAndScorerId(
                applicationId, access.user().accountId());
    }

    /**
     * Whether the person may score the application now: the office, for a shortlisted application that is not their
     * own, before its call's allocation is published.
     */
    @Transactional(readOnly = true)
    public boolean mayScore(Application application) {
        return access.isAdmin()
                && application.getStatus() == ApplicationStatus.SHORTLISTED
                && !applicationService.isApplicant(application)
                && allocations
                        .findByCallId(application.getCallId())
                        .map(a -> !a.isPublished())
                        .orElse(true);
    }

    /**
     * Records or changes the person's scorecard. {@code version} is that of the scorecard they saw (null for a new
     * one); where the call's scorers are complete, somebody else may not add a further one.
     */
    public Scorecard score(long applicationId, Long version, Map<Criterion, Integer> marks, String comment) {
        requireOffice();
        Application application = applicationService.view(applicationId);
        if (applicationService.isApplicant(application)) {
            throw new AccessDeniedException("nobody scores their own application");
        }
        if (!mayScore(application)) {
            throw new RuleViolation("score.error.notNow");
        }
        Call call = calls.get(application.getCallId());
        JumelageUser me = access.user();
        Scorecard card = scorecards
                .findByApplicationIdAndScorerId(applicationId, me.accountId())
                .orElse(null);
        if (card == null) {
            if (version != null) {
                throw new EditConflict("scorecard of application " + applicationId, version, -1);
            }
            long others = scorecards
                    .findByApplicationIdOrderByScoredAtAsc(applicationId)
                    .size();
            if (others >= call.scorersRequired()) {
                throw new RuleViolation("score.error.complete", call.scorersRequired());
            }
            card = new Scorecard(applicationId, me.accountId(), me.displayName());
        } else if (version == null || card.getVersion() != version) {
            throw new EditConflict("scorecard " + card.getId(), version == null ? -1 : version, card.getVersion());
        }
        card.score(call.getWeights(), marks == null ? Map.of() : marks, comment, clock.instant());
        return scorecards.saveAndFlush(card);
    }

    private void requireOffice() {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("the office scores applications");
        }
    }
}
