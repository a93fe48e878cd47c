package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait before a failed event is handed over again, and the settings a start refuses. */
class EventResubmissionTests {

    private static EventResubmission.Settings settings(Duration retryAfter, Duration retryAtMost) {
        return new EventResubmission.Settings(
                Duration.ofMinutes(1), Duration.ofMinutes(15), retryAfter, retryAtMost, 200);
    }

    @Test
    void theWaitDoublesWithEachAttemptUpToItsLimit() {
        EventResubmission job =
                new EventResubmission(null, null, null, null, settings(Duration.ofMinutes(1), Duration.ofHours(1)));
        // Attempt 1 is the publication itself.
        assertThat(job.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(job.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(job.waitAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(job.waitAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(job.waitAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(job.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void noWaitStaysNoWait() {
        EventResubmission job = new EventResubmission(null, null, null, null, settings(Duration.ZERO, Duration.ZERO));
        assertThat(job.waitAfter(0)).isZero();
        assertThat(job.waitAfter(40)).isZero();
    }

    @Test
    void settingsThatWouldHandOverWorkInProgressOrNeverRetryAreRefused() {
        assertThatThrownBy(() -> new EventResubmission.Settings(
                        Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofHours(1), 1))
                .hasMessageContaining("stale-after");
        assertThatThrownBy(() -> settings(Duration.ofHours(2), Duration.ofHours(1)))
                .hasMessageContaining("retry-at-most");
        assertThatThrownBy(() -> new EventResubmission.Settings(
                        Duration.ZERO, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1), 1))
                .hasMessageContaining("check");
        assertThatThrownBy(() -> new EventResubmission.Settings(
                        Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1), 0))
                .hasMessageContaining("batch");
    }
}
