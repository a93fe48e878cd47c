package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** One way to write dates and times per language, with a place's zone named only where its clock differs. */
class DateTextsTests {

    private final DateTexts dates = new DateTexts("Europe/Berlin");

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void daysAndMomentsAreWrittenAsPeopleWriteThemInEachLanguage() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(dates.day(LocalDate.of(2027, 1, 1))).isEqualTo("1. Januar 2027");
        assertThat(dates.moment(Instant.parse("2026-12-03T08:41:00Z"))).isEqualTo("3. Dezember 2026, 09:41 Uhr");
        assertThat(dates.dayOf(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("1. Januar 2027");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(dates.day(LocalDate.of(2027, 1, 1))).isEqualTo("1 January 2027");
        assertThat(dates.moment(Instant.parse("2026-12-03T08:41:00Z"))).isEqualTo("3 December 2026, 09:41");
    }

    @Test
    void aPlacesZoneIsNamedOnlyWhereItsClockDiffersFromTheOffices() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
        LocalDateTime deadline = LocalDateTime.of(2027, 1, 1, 23, 59);
        assertThat(dates.at(deadline, "Europe/Berlin")).isEqualTo("1. Januar 2027, 23:59 Uhr");
        assertThat(dates.at(deadline, "Europe/Warsaw")).isEqualTo("1. Januar 2027, 23:59 Uhr");
        assertThat(dates.at(deadline, "Asia/Tokyo")).isEqualTo("1. Januar 2027, 23:59 Uhr (Japanische Zeit)");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(dates.at(deadline, "Asia/Tokyo")).isEqualTo("1 January 2027, 23:59 (Japan Time)");
        // London's clock is an hour behind Berlin's, summer and winter.
        assertThat(dates.at(LocalDateTime.of(2027, 7, 1, 10, 0), "Europe/London"))
                .endsWith("(London Time)");
    }

    @Test
    void spansOfDaysAndTimesAreShortenedWhereTheyShareMonthOrDay() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(dates.days(LocalDate.of(2012, 10, 15), LocalDate.of(2012, 10, 16)))
                .isEqualTo("15.–16. Oktober 2012");
        assertThat(dates.days(LocalDate.of(2012, 9, 30), LocalDate.of(2012, 10, 2)))
                .isEqualTo("30. September – 2. Oktober 2012");
        assertThat(dates.days(LocalDate.of(2012, 12, 30), LocalDate.of(2013, 1, 2)))
                .isEqualTo("30. Dezember 2012 – 2. Januar 2013");
        assertThat(dates.days(LocalDate.of(2012, 10, 15), LocalDate.of(2012, 10, 15)))
                .isEqualTo("15. Oktober 2012");
        assertThat(dates.span(
                        LocalDate.of(2012, 10, 15),
                        LocalTime.of(9, 0),
                        LocalDate.of(2012, 10, 15),
                        LocalTime.of(17, 0),
                        "Europe/Warsaw"))
                .isEqualTo("15. Oktober 2012, 09:00 bis 17:00 Uhr");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(dates.days(LocalDate.of(2012, 10, 15), LocalDate.of(2012, 10, 16)))
                .isEqualTo("15–16 October 2012");
        assertThat(dates.span(
                        LocalDate.of(2012, 10, 15),
                        LocalTime.of(9, 0),
                        LocalDate.of(2012, 10, 16),
                        LocalTime.of(12, 0),
                        "Asia/Tokyo"))
                .isEqualTo("15 October 2012, 09:00 to 16 October 2012, 12:00 (Japan Time)");
    }
}
