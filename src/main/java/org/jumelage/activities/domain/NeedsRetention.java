package org.jumelage.activities.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases participants' needs (interpretation, diet, access) a configurable time after their activity ended; the audit
 * trail records the change without the erased values ({@link org.jumelage.audit.AuditTrail#erasing}), so that it does
 * not keep for years what is erased after days.
 */
@Component
public class NeedsRetention {

    private static final Logger log = LoggerFactory.getLogger(NeedsRetention.class);

    private final ActivityRepository activities;
    private final Clock clock;
    private final Duration retention;

    private final org.jumelage.shared.JobLocks jobs;
    private final org.jumelage.audit.AuditTrail audit;

    NeedsRetention(
            org.jumelage.shared.JobLocks jobs,
            org.jumelage.audit.AuditTrail audit,
            ActivityRepository activities,
            Clock clock,
            ActivitiesRetention.Settings settings) {
        this.jobs = jobs;
        this.audit = audit;
        this.activities = activities;
        this.clock = clock;
        this.retention = settings.needsRetention();
    }

    @Scheduled(cron = "${jumelage.activities.needs-cron:0 30 3 * * *}", zone = "${jumelage.time-zone}")
    public int erase() {
        return jobs.onceInTransaction(
                        "activities-erase-needs",
                        java.time.Duration.ofMinutes(30),
                        () -> audit.erasing(() -> {
                            List<Activity> ended = activities.findWithNeedsEndedBefore(
                                    clock.instant().minus(retention));
                            ended.forEach(Activity::eraseNeeds);
                            if (!ended.isEmpty()) {
                                log.info("Erased participants' needs of {} activities", ended.size());
                            }
                            return ended.size();
                        }))
                .orElse(0);
    }

    public Duration retention() {
        return retention;
    }
}
