package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import org.jumelage.shared.PersonalData.Text;
import org.junit.jupiter.api.Test;

/** Retention periods in words, as every module's record of processing activities writes them. */
class PersonalDataTextTests {

    @Test
    void periodsAndDurationsInBothLanguages() {
        assertThat(Text.period(Period.ofYears(1))).isEqualTo(new Text("ein Jahr", "1 year"));
        assertThat(Text.period(Period.of(2, 6, 0))).isEqualTo(new Text("2 Jahre und 6 Monate", "2 years and 6 months"));
        assertThat(Text.period(Duration.ofDays(30))).isEqualTo(new Text("30 Tage", "30 days"));
        assertThat(Text.period(Period.ZERO)).isEqualTo(new Text("sofort", "immediately"));
    }
}
