package org.jumelage.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Jumelage's own figures beside Spring Boot's (requests, JVM, pool) at {@code /actuator/prometheus}: sign-ins by
 * outcome, and the events waiting for their listener (mails among them) by whether their last attempt failed. The jobs
 * ({@code jumelage.jobs}, by job and outcome) are timed by {@code shared.JobLocks}, the mails ({@code jumelage.mails})
 * counted by the mail module.
 */
@Configuration(proxyBeanMethods = false)
class OperationMetrics {

    /** Sign-ins at the login form and password checks: {@code jumelage.sign.ins{outcome=success|failure}}. */
    static class SignIns {

        private final Counter succeeded;
        private final Counter failed;

        SignIns(MeterRegistry registry) {
            this.succeeded = Counter.builder("jumelage.sign.ins")
                    .description("Sign-ins by outcome")
                    .tag("outcome", "success")
                    .register(registry);
            this.failed = Counter.builder("jumelage.sign.ins")
                    .description("Sign-ins by outcome")
                    .tag("outcome", "failure")
                    .register(registry);
        }

        @EventListener
        void on(AuthenticationSuccessEvent event) {
            succeeded.increment();
        }

        @EventListener
        void on(AbstractAuthenticationFailureEvent event) {
            failed.increment();
        }
    }

    @Bean
    SignIns signInMetrics(MeterRegistry registry) {
        return new SignIns(registry);
    }

    /**
     * {@code jumelage.events.waiting{state=pending|failed}}: event publications not yet completed, asked of the database
     * at each scrape (an index on the completion date keeps it cheap; while the database is down the gauge has no
     * value).
     */
    @Bean
    MeterBinder eventsWaiting(JdbcTemplate jdbc) {
        return registry -> {
            Gauge.builder("jumelage.events.waiting", jdbc, db -> count(db, false))
                    .description("Event publications whose listener has not completed (mails among them)")
                    .tag("state", "pending")
                    .register(registry);
            Gauge.builder("jumelage.events.waiting", jdbc, db -> count(db, true))
                    .description("Event publications whose listener has not completed (mails among them)")
                    .tag("state", "failed")
                    .register(registry);
        };
    }

    private static double count(JdbcTemplate jdbc, boolean failed) {
        Integer count = jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and "
                        + (failed ? "status = 'FAILED'" : "(status is null or status <> 'FAILED')"),
                Integer.class);
        return count == null ? 0 : count;
    }
}
