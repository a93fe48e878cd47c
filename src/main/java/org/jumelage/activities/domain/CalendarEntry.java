package org.jumelage.activities.domain;

import java.time.LocalDate;
import java.util.Locale;
import org.jumelage.shared.Localized;

/** An activity as the month grid shows it: its title and the days it touches, by its own local dates. */
public record CalendarEntry(long id, String titleDe, String titleEn, LocalDate startDate, LocalDate endDate) {

    public String title(Locale locale) {
        return Localized.pick(locale, titleDe, titleEn);
    }

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
