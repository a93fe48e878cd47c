package org.jumelage.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jumelage.shared.Localized;

/** Public activities, for the public site: what is coming ("Aktuelles") and what happened ("Rückblick"). */
public interface ActivityCalendar {

    /** What the public may see of an activity. {@code citySlugs} are the registry's (English) city slugs. */
    record PublicActivity(
            long id,
            ActivityType type,
            ActivityStatus status,
            String titleDe,
            String titleEn,
            String summaryDe,
            String summaryEn,
            LocalDate startDate,
            LocalDate endDate,
            LocalTime startTime,
            String place,
            Set<String> citySlugs,
            boolean example) {

        public String title(Locale locale) {
            return Localized.pick(locale, titleDe, titleEn);
        }

        public String summary(Locale locale) {
            return Localized.pick(locale, summaryDe, summaryEn);
        }

        /** The language the title is shown in: German where no English title was written. */
        public String titleLanguage(Locale locale) {
            return language(locale, titleEn);
        }

        public String summaryLanguage(Locale locale) {
            return language(locale, summaryEn);
        }

        private static String language(Locale locale, String english) {
            return "en".equals(locale.getLanguage()) && english != null && !english.isBlank() ? "en" : "de";
        }
    }

    /**
     * The public activities split at now, from one look-up: {@code upcoming} have not ended, soonest first (cancelled
     * ones included, marked so); {@code past} have ended and were not cancelled, newest first.
     */
    record Timeline(List<PublicActivity> upcoming, List<PublicActivity> past) {}

    Timeline timeline();

    default List<PublicActivity> upcoming() {
        return timeline().upcoming();
    }

    default List<PublicActivity> past() {
        return timeline().past();
    }

    /** When the public activity pages last changed (an activity changed or ended), for caches. */
    Optional<Instant> lastPublicChange();

    /** A value that changes with every change to any activity and whenever one ends; for ETags. */
    String changeStamp();
}
