package org.jumelage.exchange.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jumelage.exchange.ApplicationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds approvers of applications that have waited for them longer than {@code
 * jumelage.exchange.approval-reminder-after}, and again after each such period: one mail per approver and run, listing
 * the applications waiting for them. Marking and publishing the run's event happen in one transaction; the event
 * publication registry then delivers the mails, also after a restart.
 */
@Component
public class ApprovalReminders {

    private static final Logger log = LoggerFactory.getLogger(ApprovalReminders.class);

    static final List<ApplicationStatus> AWAITING =
            List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RELEASED, ApplicationStatus.CHECKED);

    private final ApplicationRepository applications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration after;
    private final TransactionTemplate transactions;

    private final org.jumelage.shared.JobLocks jobs;

    ApprovalReminders(
            org.jumelage.shared.JobLocks jobs,
            PlatformTransactionManager transactionManager,
            ApplicationRepository applications,
            ApplicationEventPublisher events,
            Clock clock,
            ExchangeProperties settings) {
        this.jobs = jobs;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
        this.after = settings.approvalReminderAfter();
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        queueDue();
    }

    /**
     * Marks the applications whose approver is due a reminder and queues one reminder run: each approver then gets
     * one mail listing what waits for them, however many applications that is. Returns how many were marked.
     */
    @Scheduled(fixedDelayString = "${jumelage.exchange.reminder-check}", initialDelayString = "PT2M")
    public int queueDue() {
        return jobs.once("exchange-approval-reminders", java.time.Duration.ofMinutes(30), () -> {
                    Integer queued = transactions.execute(status -> {
                        // Whole milliseconds, so that the run finds its applications again by this stamp on every
                        // database.
                        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                        int marked = applications.markDueReminded(AWAITING, now.minus(after), now);
                        if (marked > 0) {
                            events.publishEvent(new ApprovalRemindersDue(now));
                        }
                        return marked;
                    });
                    if (queued != null && queued > 0) {
                        log.info("Queued approval reminders for {} applications", queued);
                    }
                    return queued == null ? 0 : queued;
                })
                .orElse(0);
    }
}
