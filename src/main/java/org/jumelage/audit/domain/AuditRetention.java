package org.jumelage.audit.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.jumelage.audit.AuditAction;
import org.jumelage.shared.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes audit entries older than {@code jumelage.audit.keep}, nightly, on one instance (ADR 0036). */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditLog audit;
    private final AuditConfiguration.Settings settings;
    private final JobLocks locks;
    private final Clock clock;

    AuditRetention(AuditLog audit, AuditConfiguration.Settings settings, JobLocks locks, Clock clock) {
        this.audit = audit;
        this.settings = settings;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(cron = "${jumelage.audit.retention-cron:0 40 3 * * *}", zone = "${jumelage.time-zone}")
    void nightly() {
        locks.onceInTransaction("audit-retention", Duration.ofMinutes(30), this::deleteOld);
    }

    /** @return how many entries were deleted; the deletion is itself an entry. */
    int deleteOld() {
        int deleted = audit.deleteBefore(clock.instant().minus(settings.keep()));
        if (deleted > 0) {
            audit.record(
                    AuditAction.DELETED_BY_RULE,
                    "AuditEntry",
                    null,
                    Map.of("count", String.valueOf(deleted), "rule", "older than " + settings.keep()));
            log.info("Deleted {} audit entries older than {}", deleted, settings.keep());
        }
        return deleted;
    }
}
