package org.jumelage.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class CallTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static CallDetails details(LocalDateTime opens, LocalDateTime closes, int minWeeks, int maxWeeks) {
        return new CallDetails(
                1L,
                "EVA 2027",
                "EVA 2027",
                opens,
                closes,
                BERLIN,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 6, 30),
                minWeeks,
                maxWeeks,
                24,
                Set.of(3L),
                Set.of("fr", "pl"));
    }

    @Test
    void theDeadlineIsTheCallsLocalTimeAndApplicationsCloseExactlyThen() {
        // 31 March 2027, 23:59 in Berlin is summer time (UTC+2).
        Call call = new Call(
                details(LocalDateTime.of(2027, 1, 10, 9, 0), LocalDateTime.of(2027, 3, 31, 23, 59), 4, 12),
                Instant.now());
        assertThat(call.getClosesAt()).isEqualTo(Instant.parse("2027-03-31T21:59:00Z"));
        assertThat(call.isOpen(Instant.parse("2027-03-31T21:58:59Z"))).isTrue();
        assertThat(call.isOpen(Instant.parse("2027-03-31T21:59:00Z"))).isFalse();
        assertThat(call.isOpen(Instant.parse("2027-01-10T07:59:59Z"))).isFalse();
        assertThat(call.closesLocal()).isEqualTo(LocalDateTime.of(2027, 3, 31, 23, 59));
    }

    @Test
    void windowsAndDurationsMustMakeSense() {
        LocalDateTime opens = LocalDateTime.of(2027, 1, 10, 9, 0);
        assertThatThrownBy(() -> new Call(details(opens, opens.minusDays(1), 4, 12), Instant.now()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("call.error.window");
        assertThatThrownBy(() -> new Call(details(opens, opens.plusDays(30), 8, 4), Instant.now()))
                .hasMessageContaining("call.error.weeks");
        // March to June is 17 weeks: a stay of 20 weeks does not fit.
        assertThatThrownBy(() -> new Call(details(opens, opens.plusDays(30), 4, 20), Instant.now()))
                .hasMessageContaining("call.error.weeksWindow");
    }

    @Test
    void aDeadlineInTheGapOrOverlapOfTheChangeOfClocksIsRefused() {
        // 28 March 2027, 02:30 does not exist in Berlin; 31 October 2027, 02:30 exists twice.
        assertThatThrownBy(() -> new Call(
                        details(LocalDateTime.of(2027, 1, 10, 9, 0), LocalDateTime.of(2027, 3, 28, 2, 30), 4, 12),
                        Instant.now()))
                .hasMessageContaining("call.error.ambiguousTime");
        assertThatThrownBy(() -> new Call(
                        details(LocalDateTime.of(2027, 10, 31, 2, 30), LocalDateTime.of(2027, 11, 30, 12, 0), 4, 12),
                        Instant.now()))
                .hasMessageContaining("call.error.ambiguousTime");
    }
}
