package org.jumelage.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock a test moves: deadlines, reminders, erasure and sessions depend on the time. Starts at the real now. */
public class MutableClock extends Clock {

    // Whole milliseconds: the databases keep microseconds and round, which would make "4 days" 3.99999 days.
    private volatile Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void set(Instant instant) {
        now = instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** To the nanosecond, as a real clock reads: for what happens within one millisecond. */
    public void setExactly(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Puts the clock in place of the application's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
