package org.jumelage.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jumelage.shared.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands events whose listener failed (a mail server or database that was down) or never finished (an instance that
 * stopped in the middle) to their listener again, on whichever instance runs this job, once at a time across all
 * instances on one database (ADR 0032). Replaces Spring Modulith's republication at start, which took over every
 * unfinished publication of the shared table, also those another instance was still working on.
 *
 * <ul>
 *   <li>A publication unfinished (published, processing or resubmitted) for longer than {@code stale-after} is marked
 *       failed: no listener runs that long (mail has timeouts of a minute at most), so its instance has stopped.
 *   <li>A failed publication is handed over again once {@code retry-after} has passed since its last attempt, doubled
 *       for each attempt up to {@code retry-at-most}. Spring Modulith claims each publication with one update before it
 *       hands it over, so two runs never hand over the same one.
 * </ul>
 */
@Component
class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    /**
     * {@code jumelage.events.*} (ADR 0032).
     *
     * @param check how often events whose listener failed or never finished (mails among them) are looked for
     * @param staleAfter after how long an unfinished event counts as abandoned (an instance that stopped) and is handed
     *     over again; longer than any listener runs
     * @param retryAfter how long after a failure an event is handed over again, doubled per attempt up to {@code
     *     retry-at-most}
     * @param retryAtMost the longest wait between two attempts at one event
     * @param batch how many events one run hands over at most
     */
    @ConfigurationProperties("jumelage.events")
    record Settings(
            @DefaultValue("PT1M") Duration check,
            @DefaultValue("PT15M") Duration staleAfter,
            @DefaultValue("PT1M") Duration retryAfter,
            @DefaultValue("PT1H") Duration retryAtMost,
            @DefaultValue("200") int batch) {

        Settings {
            if (check.isNegative() || check.isZero()) {
                throw new IllegalArgumentException("jumelage.events.check must be positive; found " + check);
            }
            if (staleAfter.compareTo(Duration.ofMinutes(2)) < 0) {
                throw new IllegalArgumentException(
                        "jumelage.events.stale-after must be at least PT2M (longer than any listener runs); found "
                                + staleAfter);
            }
            new org.jumelage.shared.Backoff("jumelage.events", retryAfter, retryAtMost);
            if (batch < 1) {
                throw new IllegalArgumentException("jumelage.events.batch must be 1 or more; found " + batch);
            }
        }
    }

    /** What one run did: publications marked failed, and failed ones found due and offered for hand-over. */
    record Run(int markedFailed, int handedOver) {}

    private final FailedEventPublications failed;
    private final JdbcTemplate jdbc;
    private final JobLocks locks;
    private final Clock clock;
    private final Settings settings;

    EventResubmission(
            FailedEventPublications failed, JdbcTemplate jdbc, JobLocks locks, Clock clock, Settings settings) {
        this.failed = failed;
        this.jdbc = jdbc;
        this.locks = locks;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${jumelage.events.check:PT1M}", initialDelayString = "${jumelage.events.check:PT1M}")
    void scheduled() {
        resubmitDue();
    }

    /**
     * Marks abandoned publications failed and hands due failed ones to their listeners again, unless another instance
     * does so now.
     *
     * @return what this run did; nothing when another instance held the job
     */
    Run resubmitDue() {
        return locks.once("event-resubmission", Duration.ofMinutes(10), this::run)
                .orElse(new Run(0, 0));
    }

    private Run run() {
        Instant now = clock.instant();
        int stale = jdbc.update("""
                update event_publication set status = 'FAILED'
                 where completion_date is null
                   and (status is null or status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED'))
                   and coalesce(last_resubmission_date, publication_date) < ?""", Timestamp.from(now.minus(settings.staleAfter())));
        if (stale > 0) {
            log.warn(
                    "{} event publication(s) unfinished for more than {}: marked failed, to be handed over again",
                    stale,
                    settings.staleAfter());
        }
        AtomicInteger handedOver = new AtomicInteger();
        failed.resubmit(
                ResubmissionOptions.defaults().withBatchSize(settings.batch()).withFilter(publication -> {
                    boolean due = due(publication, now);
                    if (due) {
                        handedOver.incrementAndGet();
                    }
                    return due;
                }));
        if (handedOver.get() > 0) {
            log.info("{} failed event publication(s) handed to their listeners again", handedOver.get());
        }
        return new Run(stale, handedOver.get());
    }

    private boolean due(EventPublication publication, Instant now) {
        Instant last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !last.plus(waitAfter(publication.getCompletionAttempts())).isAfter(now);
    }

    /** The wait after this many attempts (Spring Modulith counts the publication itself as attempt 1). */
    Duration waitAfter(int attempts) {
        return new org.jumelage.shared.Backoff("jumelage.events", settings.retryAfter(), settings.retryAtMost())
                .after(attempts);
    }
}
