package org.jumelage.feedback.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jumelage.feedback.FeedbackReceived;
import org.jumelage.people.JumelageUser;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receives visitors' messages, lists them for the administrators, and deletes them after the retention period. */
@Service
@Transactional
public class FeedbackService {

    private static final Logger log = LoggerFactory.getLogger(FeedbackService.class);

    private final FeedbackRepository feedback;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration retention;
    private final int maxPerHour;

    private final org.jumelage.shared.JobLocks jobs;

    FeedbackService(
            org.jumelage.shared.JobLocks jobs,
            FeedbackRepository feedback,
            ApplicationEventPublisher events,
            Clock clock,
            FeedbackProperties settings) {
        this.jobs = jobs;
        this.feedback = feedback;
        this.events = events;
        this.clock = clock;
        this.retention = settings.retention();
        this.maxPerHour = settings.maxPerHour();
    }

    /**
     * Stores a visitor's message and tells the administrators. Refused, with nothing stored, when this client already
     * sent its hourly maximum: one sender's flood must not bury real messages or fill the database, nor keep anybody
     * else from writing.
     */
    public Feedback submit(FeedbackDetails details, Locale locale, String client) {
        if (details.message() == null || details.message().isBlank()) {
            throw new RuleViolation("feedback.error.message");
        }
        Instant now = clock.instant();
        String address = client == null ? "unknown" : client.substring(0, Math.min(client.length(), 64));
        if (feedback.countByClientAndReceivedAtAfter(address, now.minus(Duration.ofHours(1))) >= maxPerHour) {
            throw new RuleViolation("feedback.error.busy");
        }
        Feedback saved = feedback.save(new Feedback(details, locale.getLanguage(), now, address));
        events.publishEvent(new FeedbackReceived(saved.getId()));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<Feedback> list(boolean onlyNew) {
        return onlyNew
                ? feedback.findByStatusOrderByReceivedAtDesc(Feedback.Status.NEW)
                : feedback.findAllByOrderByReceivedAtDesc();
    }

    @Transactional(readOnly = true)
    public Feedback get(long id) {
        return feedback.findById(id).orElseThrow(() -> new NotFound("feedback", id));
    }

    @Transactional(readOnly = true)
    public long countNew() {
        return feedback.countByStatus(Feedback.Status.NEW);
    }

    /** Marks a message as dealt with; from then on the retention period runs. */
    public void markDone(long id, long version) {
        Feedback message = get(id);
        if (message.getVersion() != version) {
            throw new EditConflict("feedback " + id, version, message.getVersion());
        }
        message.markDone(JumelageUser.currentUsername(), clock.instant());
    }

    public Duration retention() {
        return retention;
    }

    /** Client addresses are personal data: each is kept a day, for the flood limit, then erased. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int forgetClients() {
        return jobs.onceInTransaction("feedback-forget-clients", java.time.Duration.ofMinutes(10), () -> {
                    int forgotten = feedback.forgetClientsBefore(clock.instant().minus(Duration.ofDays(1)));
                    events.publishEvent(new org.jumelage.shared.Audited.BulkChange(
                            "Feedback", forgotten, "client address erased a day after the message"));
                    return forgotten;
                })
                .orElse(0);
    }

    /** Deletes messages dealt with longer ago than the retention period. Runs every night. */
    @Scheduled(cron = "${jumelage.feedback.purge-cron:0 15 3 * * *}", zone = "${jumelage.time-zone}")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int purge() {
        return jobs.onceInTransaction("feedback-purge", java.time.Duration.ofMinutes(30), () -> {
                    int deleted = feedback.deleteHandledBefore(clock.instant().minus(retention));
                    events.publishEvent(new org.jumelage.shared.Audited.BulkChange(
                            "Feedback", deleted, "dealt with more than " + retention.toDays() + " days ago"));
                    if (deleted > 0) {
                        log.info(
                                "Deleted {} feedback messages dealt with more than {} days ago",
                                deleted,
                                retention.toDays());
                    }
                    return deleted;
                })
                .orElse(0);
    }
}
