package org.jumelage.exchange.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases a call's personal data once its retention period after the stays' window has passed: applications with their
 * history, nominations, stays with their documents, the notes on their costs, and the mentors' names. What remains
 * are the call, its placements, the anonymous statistics, counted just before and kept, the stays' budgets and costs
 * and the points of their evaluations, without the person (their stay is gone), so that the programme's figures for
 * the year still add up. The evaluations' text answers, experience reports and respondents are erased. Runs nightly and at start; each call in its own
 * transaction, so one failure does not hold up the others.
 */
@Component
public class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final CallRepository calls;
    private final ApplicationRepository applications;
    private final PlacementRepository placements;
    private final NominationRepository nominations;
    private final StayRepository stays;
    private final StayDocumentRepository documents;
    private final ExchangeStatisticRepository kept;
    private final ExchangeStatistics statistics;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final StayBudgetRepository budgets;
    private final EvaluationRequestRepository evaluations;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final org.jumelage.shared.JobLocks jobs;

    PersonalDataRetention(
            org.jumelage.shared.JobLocks jobs,
            PlatformTransactionManager transactionManager,
            CallRepository calls,
            ApplicationRepository applications,
            PlacementRepository placements,
            NominationRepository nominations,
            StayRepository stays,
            StayDocumentRepository documents,
            ExchangeStatisticRepository kept,
            ExchangeStatistics statistics,
            Clock clock,
            StayBudgetRepository budgets,
            EvaluationRequestRepository evaluations,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.events = events;
        this.budgets = budgets;
        this.evaluations = evaluations;
        this.calls = calls;
        this.applications = applications;
        this.placements = placements;
        this.nominations = nominations;
        this.stays = stays;
        this.documents = documents;
        this.kept = kept;
        this.statistics = statistics;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        try {
            eraseDue();
        } catch (RuntimeException e) {
            // The start must not fail on it; the nightly run tries again.
            log.error("Erasing personal data at start failed", e);
        }
    }

    /** Erases every call whose retention has run out; returns how many calls were erased. */
    @Scheduled(cron = "${jumelage.exchange.retention-cron}", zone = "${jumelage.time-zone}")
    public int eraseDue() {
        return jobs.once("exchange-erase-personal-data", java.time.Duration.ofMinutes(60), () -> {
                    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
                    List<Long> due = calls.findAll().stream()
                            .filter(c -> !c.isErased() && !c.erasureDue().isAfter(today))
                            .map(Call::getId)
                            .toList();
                    int erased = 0;
                    for (Long callId : due) {
                        try {
                            // Without the erased values in the audit trail (ADR 0036): flushed while they are
                            // left out.
                            transactions.executeWithoutResult(
                                    status -> org.jumelage.shared.Audited.withoutValues(() -> {
                                        erase(callId);
                                        calls.flush();
                                        return null;
                                    }));
                            erased++;
                        } catch (RuntimeException e) {
                            log.error(
                                    "Erasing the personal data of call {} failed; the next run tries again", callId, e);
                        }
                    }
                    return erased;
                })
                .orElse(0);
    }

    /** Erases one call's personal data now, keeping its statistics (package-private for the tests). */
    void erase(long callId) {
        Call call = calls.findById(callId).orElseThrow();
        if (call.isErased()) {
            return;
        }
        // The counts of the people erased on their request before (ExchangePersonalData) are part of the call's
        // statistics already: they are counted once, with the rest.
        List<ExchangeStatistic> keptBefore = kept.findByCallId(callId);
        List<ExchangeStatistics.Row> rows = statistics.ofCall(callId);
        kept.deleteAll(keptBefore);
        rows.forEach(row -> kept.save(new ExchangeStatistic(callId, row)));
        List<Placement> callPlacements = placements.findByCallIdOrderByTopicDeAsc(callId);
        eraseStays(stays.findByCallId(callId), "call " + callId + " past its retention");
        nominations.deleteAll(nominations.ofPlacements(
                callPlacements.stream().map(Placement::getId).toList()));
        applications.deleteAll(applications.findByCallIdOrderByIdAsc(callId));
        callPlacements.forEach(Placement::eraseMentor);
        call.markErased(clock.instant());
        log.info("Erased the personal data of call {}, kept its anonymous statistics", callId);
    }

    /**
     * Deletes the stays with their documents and training agreements; their budgets and costs stay without the person
     * (the costs' notes go), their evaluations' points stay as anonymous figures (who answered, the texts and the
     * reports go), their certificates stay for the public check. In the caller's transaction; also for an erasure on
     * request ({@link ExchangePersonalData}). The bulk statements are recorded in the audit trail under {@code rule}.
     */
    void eraseStays(List<Stay> erased, String rule) {
        if (erased.isEmpty()) {
            return;
        }
        List<Long> stayIds = erased.stream().map(Stay::getId).toList();
        // Bulk changes, which the search's entity listener does not see: the index is told of them (its copies of the
        // documents' text and of the evaluation texts go too).
        org.jumelage.search.RecordsChanged.of("stay-document", documents.findIdsOfStays(stayIds))
                .forEach(events::publishEvent);
        org.jumelage.search.RecordsChanged.of("report", evaluations.findIdsOfStays(stayIds))
                .forEach(events::publishEvent);
        bulk("StayDocument", documents.deleteByStayIds(stayIds), rule);
        // The stays' budgets and costs stay, for the programme's figures, without the person: their notes go.
        bulk("StayCost", budgets.eraseNotes(stayIds), rule + ": notes erased");
        // The evaluations' points stay as anonymous figures; who answered, the texts and the reports go.
        bulk("EvaluationAnswer", evaluations.eraseTexts(stayIds), rule + ": text answers erased");
        bulk("EvaluationAnswer", evaluations.dropEmptyAnswers(stayIds), rule + ": empty answers deleted");
        bulk("EvaluationRequest", evaluations.eraseRespondents(stayIds), rule + ": respondents and reports erased");
        stays.deleteAll(erased);
    }

    /** A bulk statement's change, for the audit trail (ADR 0036), which does not see it otherwise. */
    private void bulk(String kind, int count, String rule) {
        events.publishEvent(new org.jumelage.shared.Audited.BulkChange(kind, count, rule));
    }
}
