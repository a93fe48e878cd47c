package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PartialDateTests {

    @Test
    void parsesEachPrecisionAndWritesItBack() {
        assertThat(PartialDate.parse("2022").toIsoString()).isEqualTo("2022");
        assertThat(PartialDate.parse("2017-03").toIsoString()).isEqualTo("2017-03");
        assertThat(PartialDate.parse("1990-11-12").toIsoString()).isEqualTo("1990-11-12");
        assertThat(PartialDate.parse("2017-03").precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void storesTheFirstDayOfTheKnownPeriod() {
        assertThat(new PartialDate(LocalDate.of(2017, 3, 20), DatePrecision.MONTH).date())
                .isEqualTo(LocalDate.of(2017, 3, 1));
        assertThat(new PartialDate(LocalDate.of(2022, 7, 4), DatePrecision.YEAR).date())
                .isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void buildsFromFormFieldsAndRefusesImpossibleDates() {
        assertThat(PartialDate.of(2022, null, null)).isEqualTo(PartialDate.ofYear(2022));
        assertThat(PartialDate.of(2017, 3, null)).isEqualTo(PartialDate.ofMonth(2017, 3));
        assertThatThrownBy(() -> PartialDate.of(2023, 2, 30)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> PartialDate.of(2023, null, 5)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> PartialDate.parse("März")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void readsInTheReadersLanguage() {
        assertThat(PartialDate.parse("1990-11-12").format(Locale.GERMAN)).isEqualTo("12. November 1990");
        assertThat(PartialDate.parse("1990-11-12").format(Locale.ENGLISH)).isEqualTo("November 12, 1990");
        assertThat(PartialDate.parse("2017-03").format(Locale.GERMAN)).isEqualTo("März 2017");
        assertThat(PartialDate.parse("2017-03").format(Locale.ENGLISH)).isEqualTo("March 2017");
        assertThat(PartialDate.parse("2022").format(Locale.ENGLISH)).isEqualTo("2022");
    }
}
