package org.jumelage.exchange.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds each party of an evaluation that is due and unanswered, and again after each {@code
 * jumelage.exchange.evaluation-reminder-after}, until it is answered (or the stay's personal data is erased). Marking
 * and publishing the event happen in one transaction per batch; the event publication registry then delivers the
 * mails, also after a restart.
 */
@Component
public class EvaluationReminders {

    private static final Logger log = LoggerFactory.getLogger(EvaluationReminders.class);

    static final int BATCH = 200;

    private final EvaluationRequestRepository requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration after;
    private final TransactionTemplate transactions;

    private final org.jumelage.shared.JobLocks jobs;

    EvaluationReminders(
            org.jumelage.shared.JobLocks jobs,
            PlatformTransactionManager transactionManager,
            EvaluationRequestRepository requests,
            ApplicationEventPublisher events,
            Clock clock,
            ExchangeProperties settings) {
        this.jobs = jobs;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
        this.after = settings.evaluationReminderAfter();
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Queues a reminder for every due, unanswered evaluation not reminded within the period; returns how many. */
    @Scheduled(fixedDelayString = "${jumelage.exchange.evaluation-check}", initialDelayString = "PT3M")
    public int remindDue() {
        return jobs.once("exchange-evaluation-reminders", java.time.Duration.ofMinutes(30), () -> {
                    int total = 0;
                    while (true) {
                        Integer marked = transactions.execute(status -> {
                            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
                            List<EvaluationRequest> due =
                                    requests.dueForReminder(today, now.minus(after), PageRequest.of(0, BATCH));
                            due.forEach(r -> r.reminded(now));
                            if (!due.isEmpty()) {
                                events.publishEvent(new EvaluationDue(due.stream()
                                        .map(EvaluationRequest::getId)
                                        .toList()));
                            }
                            return due.size();
                        });
                        total += marked == null ? 0 : marked;
                        if (marked == null || marked < BATCH) {
                            break;
                        }
                    }
                    if (total > 0) {
                        log.info("Queued evaluation reminders for {} requests", total);
                    }
                    return total;
                })
                .orElse(0);
    }
}
