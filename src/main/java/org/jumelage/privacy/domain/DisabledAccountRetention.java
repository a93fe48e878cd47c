package org.jumelage.privacy.domain;

import java.time.Duration;
import org.jumelage.people.AccountRetention;
import org.jumelage.people.StaffDirectory;
import org.jumelage.shared.JobLocks;
import org.jumelage.shared.PersonalData.DataSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retention of accounts left disabled (ADR 0037): once {@code jumelage.people.disabled-retention} has passed, the
 * person is erased from every module as on request (their account anonymised, their saved reports, participations,
 * tokens … as each module's erasure decides), nightly, once across instances, each person in a transaction of its own.
 */
@Component
class DisabledAccountRetention {

    private static final Logger log = LoggerFactory.getLogger(DisabledAccountRetention.class);
    private static final int BATCH = 200;

    private final AccountRetention retention;
    private final SubjectAccess access;
    private final JobLocks locks;

    DisabledAccountRetention(AccountRetention retention, SubjectAccess access, JobLocks locks) {
        this.retention = retention;
        this.access = access;
        this.locks = locks;
    }

    @Scheduled(cron = "${jumelage.people.retention-cron:0 20 3 * * *}", zone = "${jumelage.time-zone}")
    void nightly() {
        locks.once("privacy-disabled-accounts", Duration.ofMinutes(30), this::eraseDue);
    }

    /** @return how many people were erased */
    int eraseDue() {
        int erased = 0;
        for (StaffDirectory.StaffMember member : retention.disabledPastRetention(BATCH)) {
            try {
                access.erase(new DataSubject(member.accountId(), member.username(), member.email()));
                erased++;
            } catch (RuntimeException e) {
                // One person's erasure that fails (an editor saving the same record at that moment) must not hold up
                // everyone after them; it is tried again the next night. Logged by account number, never by name.
                log.warn(
                        "Erasing the person of disabled account {} failed; the next run tries again: {}",
                        member.accountId(),
                        e.toString());
            }
        }
        if (erased > 0) {
            log.info("Erased {} people whose accounts were left disabled past their retention", erased);
        }
        return erased;
    }
}
