package org.jumelage.partners.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.jumelage.audit.AuditTrail;
import org.jumelage.people.JumelageUser;
import org.jumelage.shared.InstallationProperties;
import org.jumelage.shared.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Retention for contact persons (ADR 0037): they are kept while their relationship lasts (active or dormant) and
 * removed, nightly and on one instance at a time, once it has ended longer ago than {@code contact-retention}. Each
 * removal goes through the relationship, which stamps the change, so that the search index, the public pages' caches
 * and the audit trail (without the erased values, {@link AuditTrail#erasing}) follow.
 */
@Component
class ContactRetention {

    private static final Logger log = LoggerFactory.getLogger(ContactRetention.class);

    /**
     * {@code jumelage.partners.*}.
     *
     * @param contactRetention how long after a relationship ended its contact persons are kept (a period such as {@code
     *     P2Y})
     * @param retentionCron when contact persons past their retention are removed, nightly (a cron expression, in {@code
     *     jumelage.time-zone}; {@code -}: never)
     */
    @ConfigurationProperties("jumelage.partners")
    record Settings(
            @DefaultValue("P2Y") Period contactRetention,
            @DefaultValue("0 45 3 * * *") String retentionCron) {

        Settings {
            if (contactRetention.isNegative()) {
                throw new IllegalArgumentException(
                        "jumelage.partners.contact-retention must be 0 or more; found " + contactRetention);
            }
            if (!"-".equals(retentionCron) && !CronExpression.isValidExpression(retentionCron)) {
                throw new IllegalArgumentException(
                        "jumelage.partners.retention-cron must be a cron expression or -; found " + retentionCron);
            }
        }
    }

    private final RelationshipRepository relationships;
    private final AuditTrail audit;
    private final JobLocks jobs;
    private final Clock clock;
    private final ZoneId zone;
    private final Settings settings;

    ContactRetention(
            RelationshipRepository relationships,
            AuditTrail audit,
            JobLocks jobs,
            Clock clock,
            InstallationProperties installation,
            Settings settings) {
        this.relationships = relationships;
        this.audit = audit;
        this.jobs = jobs;
        this.clock = clock;
        this.zone = installation.timeZone();
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    @Scheduled(cron = "${jumelage.partners.retention-cron:0 45 3 * * *}", zone = "${jumelage.time-zone}")
    void scheduled() {
        eraseDue();
    }

    /** Removes the contacts that are due, unless another instance does so now; returns how many. */
    int eraseDue() {
        return jobs.onceInTransaction(
                        "partners-contact-retention", Duration.ofMinutes(30), () -> eraseDue(clock.instant()))
                .orElse(0);
    }

    /**
     * Removes, in the caller's transaction, the contacts of every relationship that had ended longer ago than the
     * retention period at {@code now}; returns how many.
     */
    int eraseDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        String by = JumelageUser.currentUsername();
        int removed = audit.erasing(() -> {
            int count = 0;
            for (Relationship relationship : relationships.findEndedWithContacts()) {
                Optional<LocalDate> ended = relationship.endedBy(zone);
                if (ended.isPresent()
                        && ended.get().plus(settings.contactRetention()).isBefore(today)) {
                    count += relationship.eraseContacts(by, now);
                }
            }
            return count;
        });
        if (removed > 0) {
            log.info(
                    "Removed {} contacts of relationships that ended more than {} ago",
                    removed,
                    settings.contactRetention());
        }
        return removed;
    }
}
