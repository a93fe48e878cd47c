package org.jumelage.platform;

import java.time.Duration;
import org.jumelage.shared.JobLocks;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the sessions that expired (ADR 0032): once a minute, on one instance at a time. Spring Session's own schedule
 * is switched off ({@code spring.session.jdbc.cleanup-cron=-}), as it would run the same delete on every instance.
 */
@Component
class SessionCleanup {

    private final JdbcIndexedSessionRepository sessions;
    private final JobLocks locks;

    SessionCleanup(JdbcIndexedSessionRepository sessions, JobLocks locks) {
        this.sessions = sessions;
        this.locks = locks;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void deleteExpired() {
        locks.once("session-cleanup", Duration.ofMinutes(10), sessions::cleanUpExpiredSessions);
    }
}
