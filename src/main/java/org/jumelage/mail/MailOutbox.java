package org.jumelage.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.constraints.NotBlank;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.jumelage.shared.InstallationProperties;
import org.jumelage.shared.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox (ADR 0035): {@link #send} writes a mail into {@code mail_outbox} in the caller's transaction, so a mail
 * leaves exactly when what it reports was committed, and a listener that queues several mails queues all or none.
 * {@link #sendDue} hands waiting mails to the {@link MailTransport}, on one instance at a time ({@link JobLocks}),
 * right after the commit and every {@code check}; a mail the server does not take waits {@code retry-after}, doubled
 * per attempt up to {@code retry-at-most}, and is given up (logged, kept for the operator) after {@code give-up-after}.
 * Each mail is marked sent as soon as the server took it, so it goes out once.
 */
@Component
class MailOutbox implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    /** Mails one run sends at most, and how long it keeps picking new ones (well within the job's lock). */
    private static final int BATCH = 50;

    private static final Duration RUN_BUDGET = Duration.ofMinutes(3);

    /**
     * {@code jumelage.mail.*}: see the class.
     *
     * @param from the sender address of every mail
     * @param check how often waiting mails are looked for, besides right after each commit
     * @param retryAfter how long a mail waits after the mail server refused it, doubled per attempt up to {@code
     *     retry-at-most}
     * @param retryAtMost the longest wait between two attempts at one mail
     * @param giveUpAfter after how long since it was queued a mail the server keeps refusing is given up (logged, kept
     *     for the operator)
     * @param retention how long sent and given-up mails (addresses, texts: personal data) are kept
     * @param retentionCron when sent and given-up mails past their retention are deleted (a cron expression, in {@code
     *     jumelage.time-zone}; {@code -}: never)
     */
    @Validated
    @ConfigurationProperties("jumelage.mail")
    record Settings(
            @DefaultValue("jumelage@localhost") @NotBlank String from,
            @DefaultValue("PT10S") Duration check,
            @DefaultValue("PT1M") Duration retryAfter,
            @DefaultValue("PT1H") Duration retryAtMost,
            @DefaultValue("P3D") Duration giveUpAfter,
            @DefaultValue("P7D") Duration retention,
            @DefaultValue("0 50 3 * * *") String retentionCron) {

        Settings {
            if (check.isNegative() || check.isZero()) {
                throw new IllegalArgumentException("jumelage.mail.check must be positive; found " + check);
            }
            new org.jumelage.shared.Backoff("jumelage.mail", retryAfter, retryAtMost);
            if (giveUpAfter.compareTo(retryAtMost) < 0 || retention.isNegative()) {
                throw new IllegalArgumentException("jumelage.mail.give-up-after must be at least retry-at-most, and"
                        + " retention 0 or more; found " + giveUpAfter + " and " + retention);
            }
            if (!"-".equals(retentionCron) && !CronExpression.isValidExpression(retentionCron)) {
                throw new IllegalArgumentException(
                        "jumelage.mail.retention-cron must be a cron expression or -; found " + retentionCron);
            }
        }
    }

    /** What one run did. */
    record Run(int sent, int failed, int givenUp) {}

    private final JdbcTemplate jdbc;
    private final MailTransport transport;
    private final JobLocks locks;
    private final Clock clock;
    private final Settings settings;
    private final Executor soon;
    private final Counter sent;
    private final Counter failed;
    private final Counter abandoned;
    private final String host;
    private final org.springframework.context.ApplicationEventPublisher events;

    MailOutbox(
            JdbcTemplate jdbc,
            MailTransport transport,
            JobLocks locks,
            Clock clock,
            Settings settings,
            @Qualifier("applicationTaskExecutor") Executor soon,
            ObjectProvider<MeterRegistry> metrics,
            InstallationProperties installation,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        String baseUrl = installation.baseUrl();
        this.host = java.net.URI.create(baseUrl).getHost() == null
                ? "localhost"
                : java.net.URI.create(baseUrl).getHost();
        this.jdbc = jdbc;
        this.transport = transport;
        this.locks = locks;
        this.clock = clock;
        this.settings = settings;
        this.soon = soon;
        MeterRegistry registry = metrics.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
        this.sent = Counter.builder("jumelage.mails")
                .description("Mails the mail server (or the log) took, and attempts it refused")
                .tag("outcome", "sent")
                .register(registry);
        this.failed = Counter.builder("jumelage.mails")
                .description("Mails the mail server (or the log) took, and attempts it refused")
                .tag("outcome", "failed")
                .register(registry);
        this.abandoned = Counter.builder("jumelage.mails")
                .description("Mails the mail server (or the log) took, and attempts it refused")
                .tag("outcome", "abandoned")
                .register(registry);
        Gauge.builder("jumelage.mails.waiting", jdbc, db -> waiting(db, false))
                .description("Mails waiting to go out (asked of the database at each scrape)")
                .register(registry);
    }

    @Override
    public void send(OutgoingMail mail) {
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var insert = connection.prepareStatement(
                            "insert into mail_outbox (recipients, subject, body, created_at, attempts, next_attempt_at)"
                                    + " values (?, ?, ?, ?, 0, ?)",
                            new String[] {"id"});
                    insert.setString(1, String.join("\n", mail.to()));
                    insert.setString(2, mail.subject());
                    insert.setString(3, mail.text());
                    insert.setTimestamp(4, Timestamp.from(now));
                    insert.setTimestamp(5, Timestamp.from(now));
                    return insert;
                },
                key);
        long id = key.getKey().longValue();
        for (OutgoingMail.Attachment attachment : mail.attachments()) {
            jdbc.update(
                    "insert into mail_outbox_attachment (mail_id, filename, content_type, content) values (?, ?, ?, ?)",
                    id,
                    attachment.filename(),
                    attachment.contentType(),
                    attachment.content());
        }
        // Out right after the commit; the schedule is the safety net (and the only way for a mail queued while another
        // run held the lock).
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sendSoon();
                }
            });
        } else {
            sendSoon();
        }
    }

    /**
     * Sends the waiting mails on the task executor. Never fails the caller: the mail is committed already, and an
     * executor that refuses (at shutdown) or a run that fails leaves it to the next scheduled run.
     */
    private void sendSoon() {
        try {
            soon.execute(() -> {
                try {
                    sendDue();
                } catch (RuntimeException failure) {
                    log.warn("Sending waiting mails failed; the next run tries again: {}", failure.toString());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException refused) {
            log.info("Mail queued while the task executor takes no work (shutting down): the next run sends it");
        }
    }

    @Scheduled(fixedDelayString = "${jumelage.mail.check:PT10S}", initialDelayString = "${jumelage.mail.check:PT10S}")
    void scheduled() {
        sendDue();
    }

    /**
     * Sends the waiting mails that are due, unless another instance does so now.
     *
     * @return what this run did; nothing when another instance held the job
     */
    Run sendDue() {
        return locks.once("mail-outbox", Duration.ofMinutes(10), this::run).orElse(new Run(0, 0, 0));
    }

    private Run run() {
        Instant started = clock.instant();
        int ok = 0;
        int refused = 0;
        int givenUp = 0;
        List<Long> due = jdbc.queryForList(
                "select id from mail_outbox where sent_at is null and abandoned_at is null and next_attempt_at <= ?"
                        + " order by next_attempt_at, id limit " + BATCH,
                Long.class,
                Timestamp.from(started));
        for (Long id : due) {
            if (clock.instant().isAfter(started.plus(RUN_BUDGET))) {
                break; // the rest at the next run, well before the lock could run out
            }
            var row = jdbc.queryForMap(
                    "select recipients, subject, body, created_at, attempts from mail_outbox where id = ?", id);
            Instant now = clock.instant();
            try {
                transport.deliver(messageId(id, row), mail(id, row));
            } catch (RuntimeException refusal) {
                failed.increment();
                refused++;
                int attempts = ((Number) row.get("attempts")).intValue() + 1;
                Instant created = instant(row.get("created_at"));
                boolean giveUp = !created.plus(settings.giveUpAfter()).isAfter(now);
                jdbc.update(
                        "update mail_outbox set attempts = ?, next_attempt_at = ?, last_failure = ?, abandoned_at = ?"
                                + " where id = ?",
                        attempts,
                        Timestamp.from(now.plus(waitAfter(settings, attempts))),
                        refusal.getClass().getSimpleName() + ": " + shorter(refusal.getMessage()),
                        giveUp ? Timestamp.from(now) : null,
                        id);
                if (giveUp) {
                    givenUp++;
                    abandoned.increment();
                    log.warn("Mail {} given up after {} attempts since {}", id, attempts, created);
                }
                continue;
            }
            jdbc.update(
                    "update mail_outbox set sent_at = ?, attempts = attempts + 1 where id = ?",
                    Timestamp.from(now),
                    id);
            sent.increment();
            ok++;
        }
        if (refused > 0) {
            log.warn("{} mail(s) not taken by the mail server; they wait and are tried again", refused);
        }
        return new Run(ok, refused, givenUp);
    }

    private OutgoingMail mail(long id, java.util.Map<String, Object> row) {
        List<OutgoingMail.Attachment> attachments = new ArrayList<>();
        jdbc.query(
                "select filename, content_type, content from mail_outbox_attachment where mail_id = ? order by id",
                rs -> {
                    attachments.add(new OutgoingMail.Attachment(
                            rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")));
                },
                id);
        return new OutgoingMail(
                List.of(((String) row.get("recipients")).split("\n")),
                (String) row.get("subject"),
                text(row.get("body")),
                attachments);
    }

    /** The same at every attempt of this mail, and unlike any other installation's: outbox id, queue time, host. */
    private String messageId(long id, java.util.Map<String, Object> row) {
        return "<jumelage." + id + "." + instant(row.get("created_at")).toEpochMilli() + "@" + host + ">";
    }

    /** A {@code text} column comes back as a String (PostgreSQL) or a CLOB (H2). */
    private static String text(Object value) {
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return (String) value;
    }

    /** A {@code timestamp with time zone} as H2 (OffsetDateTime) or PostgreSQL (Timestamp) gives it. */
    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime offset
                ? offset.toInstant()
                : ((java.util.Date) value).toInstant();
    }

    private static String shorter(String message) {
        return message == null ? "" : message.substring(0, Math.min(message.length(), 150));
    }

    /** The wait after this many refused attempts. */
    static Duration waitAfter(Settings settings, int attempts) {
        return new org.jumelage.shared.Backoff("jumelage.mail", settings.retryAfter(), settings.retryAtMost())
                .after(attempts);
    }

    /** Deletes sent and given-up mails after {@code retention}: their addresses and texts are personal data. */
    @Scheduled(cron = "${jumelage.mail.retention-cron:0 50 3 * * *}", zone = "${jumelage.time-zone}")
    void deleteOld() {
        locks.onceInTransaction("mail-outbox-retention", Duration.ofMinutes(30), () -> deleteOlderThanRetention());
    }

    /** In the caller's transaction, if any: the deletion and its entry in the audit trail are kept together. */
    int deleteOlderThanRetention() {
        Timestamp before = Timestamp.from(clock.instant().minus(settings.retention()));
        int deleted = jdbc.update("delete from mail_outbox where sent_at < ? or abandoned_at < ?", before, before);
        events.publishEvent(new org.jumelage.shared.Audited.BulkChange(
                "MailOutbox",
                deleted,
                "sent or given up more than " + settings.retention().toDays() + " days ago"));
        return deleted;
    }

    private static double waiting(JdbcTemplate jdbc, boolean failedOnly) {
        Integer count = jdbc.queryForObject(
                "select count(*) from mail_outbox where sent_at is null and abandoned_at is null"
                        + (failedOnly ? " and attempts > 0" : ""),
                Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * {@code /actuator/health/mail}: DOWN while a mail waits that the mail server has refused at least once (shared by
     * all instances, as the outbox is). It never connects to the mail server itself, so that the public health address
     * cannot make this installation open connections (Spring Boot's own mail indicator is off).
     */
    HealthIndicator health() {
        return () ->
                waiting(jdbc, true) > 0 ? Health.down().build() : Health.up().build();
    }
}
