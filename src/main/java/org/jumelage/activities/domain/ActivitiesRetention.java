package org.jumelage.activities.domain;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jumelage.audit.AuditTrail;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.StaffDirectory;
import org.jumelage.shared.InstallationProperties;
import org.jumelage.shared.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Retention for the activities' personal data that had none (ADR 0037), nightly, on one instance at a time:
 *
 * <ul>
 *   <li>participants of an activity that ended longer ago than {@code participant-retention} are anonymised
 *       ({@link Participant#anonymise}) when they have no account, or an account that is no longer active (disabled or
 *       erased): the entry stays, without the person, so that the activity still counts who took part;
 *   <li>calendar tokens revoked longer ago than {@code calendar-token-retention} are deleted, and so are the tokens of
 *       accounts that are no longer active (their feeds answer nothing already).
 * </ul>
 *
 * The participants are anonymised a batch of activities per transaction (the first run at the size of a network meets
 * most of 200,000 activities); a batch that fails (an editor saved one of its activities at the same moment) is left
 * for the next night. The changes reach the search index and the change counter through the activities' entity
 * listeners, and the audit trail without the erased values ({@link AuditTrail#erasing}).
 */
@Component
class ActivitiesRetention {

    private static final Logger log = LoggerFactory.getLogger(ActivitiesRetention.class);

    /** Activities anonymised in one transaction at most. */
    static final int BATCH = 200;

    /**
     * How long one run goes on taking new batches: well within its lock (60 minutes), so that no other instance starts
     * on the same activities; a first run at the size of a network that takes longer goes on the next night.
     */
    static final Duration RUN_BUDGET = Duration.ofMinutes(40);

    /**
     * {@code jumelage.activities.*}: this job's and the module's other timed work ({@link Reminders}, {@link
     * NeedsRetention}).
     *
     * @param participantRetention how long after an activity ended its participants without an active account (none,
     *     disabled or erased) keep their names before they are anonymised (a period such as {@code P3Y})
     * @param calendarTokenRetention how long a revoked calendar token is kept (those of accounts no longer active go at
     *     once)
     * @param retentionCron when participants and calendar tokens past their retention are removed, nightly (a cron
     *     expression, in {@code jumelage.time-zone}; {@code -}: never)
     * @param reminderDays how many days before an activity starts its participants and organiser are reminded by mail
     * @param reminderCheck how often due reminders are looked for (the first time a minute after the start)
     * @param needsRetention how long after an activity ended its participants' needs (personal data) are kept
     * @param needsCron when needs past their retention are erased, nightly (a cron expression, in {@code
     *     jumelage.time-zone}; {@code -}: never)
     */
    @Validated
    @ConfigurationProperties("jumelage.activities")
    record Settings(
            @DefaultValue("P3Y") Period participantRetention,
            @DefaultValue("P30D") Duration calendarTokenRetention,
            @DefaultValue("0 35 3 * * *") String retentionCron,
            @DefaultValue("3") @PositiveOrZero int reminderDays,
            @DefaultValue("PT5M") Duration reminderCheck,
            @DefaultValue("P30D") Duration needsRetention,
            @DefaultValue("0 30 3 * * *") String needsCron) {

        Settings {
            if (participantRetention.isNegative() || participantRetention.isZero()) {
                throw new IllegalArgumentException(
                        "jumelage.activities.participant-retention must be positive; found " + participantRetention);
            }
            if (calendarTokenRetention.isNegative()) {
                throw new IllegalArgumentException("jumelage.activities.calendar-token-retention must be 0 or more;"
                        + " found " + calendarTokenRetention);
            }
            if (!"-".equals(retentionCron) && !CronExpression.isValidExpression(retentionCron)) {
                throw new IllegalArgumentException(
                        "jumelage.activities.retention-cron must be a cron expression or -; found " + retentionCron);
            }
            if (reminderCheck == null || !reminderCheck.isPositive()) {
                throw new IllegalArgumentException(
                        "jumelage.activities.reminder-check must be positive; found " + reminderCheck);
            }
            if (needsRetention == null || needsRetention.isNegative()) {
                throw new IllegalArgumentException(
                        "jumelage.activities.needs-retention must be 0 or more; found " + needsRetention);
            }
            if (!"-".equals(needsCron) && !CronExpression.isValidExpression(needsCron)) {
                throw new IllegalArgumentException(
                        "jumelage.activities.needs-cron must be a cron expression or -; found " + needsCron);
            }
        }
    }

    /** What one run did: participant entries anonymised, calendar tokens deleted. */
    record Run(int participants, int tokens) {}

    private final ActivityRepository activities;
    private final CalendarTokenRepository tokens;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final JobLocks jobs;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;
    private final Settings settings;

    ActivitiesRetention(
            ActivityRepository activities,
            CalendarTokenRepository tokens,
            StaffDirectory staff,
            AuditTrail audit,
            JobLocks jobs,
            PlatformTransactionManager transactionManager,
            Clock clock,
            InstallationProperties installation,
            Settings settings) {
        this.activities = activities;
        this.tokens = tokens;
        this.staff = staff;
        this.audit = audit;
        this.jobs = jobs;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.zone = installation.timeZone();
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    @Scheduled(cron = "${jumelage.activities.retention-cron:0 35 3 * * *}", zone = "${jumelage.time-zone}")
    void scheduled() {
        run();
    }

    /** Runs the retention now, unless another instance does; an empty run when it did. */
    Run run() {
        return jobs.once("activities-retention", Duration.ofMinutes(60), () -> run(clock.instant()))
                .orElse(new Run(0, 0));
    }

    /**
     * The retention as of {@code now}, without the lock: each batch in a transaction of its own, or in the caller's
     * if there is one.
     */
    Run run(Instant now) {
        int participants = anonymiseParticipants(now);
        int deleted =
                Objects.requireNonNullElse(transactions.execute(status -> audit.erasing(() -> deleteTokens(now))), 0);
        if (participants > 0 || deleted > 0) {
            log.info(
                    "Retention: anonymised {} participant entries of activities that ended more than {} ago,"
                            + " deleted {} calendar tokens",
                    participants,
                    settings.participantRetention(),
                    deleted);
        }
        return new Run(participants, deleted);
    }

    private int anonymiseParticipants(Instant now) {
        Instant before = now.atZone(zone).minus(settings.participantRetention()).toInstant();
        String by = JumelageUser.currentUsername();
        long started = System.nanoTime();
        int anonymised = 0;
        long after = 0;
        while (System.nanoTime() - started < RUN_BUDGET.toNanos()) {
            long from = after;
            List<Long> ids = Objects.requireNonNull(transactions.execute(
                    status -> activities.findIdsWithExternalParticipantsEndedBefore(before, from, Limit.of(BATCH))));
            if (ids.isEmpty()) {
                break;
            }
            anonymised += inBatch(
                    "activities " + ids.getFirst() + " to " + ids.getLast(),
                    () -> activities.findWithParticipantsByIdIn(ids).stream()
                            .mapToInt(activity -> activity.anonymiseParticipants(p -> !p.isStaff(), by, now))
                            .sum());
            after = ids.getLast();
        }
        // Members of staff whose account is no longer active are kept like people without one.
        List<Long> accounts = Objects.requireNonNull(
                transactions.execute(status -> activities.findParticipantAccountsEndedBefore(before)));
        for (Long account : accounts) {
            if (!staff.isActive(account)) {
                anonymised += inBatch(
                        "account " + account,
                        () -> activities.findOfParticipantEndedBefore(account, before).stream()
                                .mapToInt(activity ->
                                        activity.anonymiseParticipants(p -> account.equals(p.getAccountId()), by, now))
                                .sum());
            }
        }
        return anonymised;
    }

    /** One batch in a transaction; a failure is logged and left for the next run. */
    private int inBatch(String what, java.util.function.IntSupplier work) {
        try {
            return Objects.requireNonNullElse(transactions.execute(status -> audit.erasing(work::getAsInt)), 0);
        } catch (RuntimeException e) {
            log.warn("Retention: anonymising the participants of {} failed; the next run tries again", what, e);
            return 0;
        }
    }

    private int deleteTokens(Instant now) {
        Set<CalendarToken> due =
                new LinkedHashSet<>(tokens.findByRevokedAtBefore(now.minus(settings.calendarTokenRetention())));
        for (Long account : tokens.findAccountIds()) {
            if (!staff.isActive(account)) {
                due.addAll(tokens.findByAccountIdOrderByCreatedAtAscIdAsc(account));
            }
        }
        tokens.deleteAll(due);
        return due.size();
    }
}
