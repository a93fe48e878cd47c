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

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String titleEn,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String summaryDe,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String summaryEn,

            LocalDate startDate,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            LocalDate endDate,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            LocalTime startTime,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String placeDe,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String placeEn,

            Set<String> citySlugs,
            boolean example) {

        public String title(Locale locale) {
            return Localized.pick(locale, titleDe, titleEn);
        }

        /** The place in the reader's language; where it has one name only, that one. */
        public String place(Locale locale) {
            return Localized.pick(locale, placeDe, placeEn);
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
            return Localized.shownLanguage(locale, english);
        }
    }

    /** Coming ({@code upcoming}, soonest first) and past activities (newest first, not cancelled). */
    record Timeline(List<PublicActivity> upcoming, List<PublicActivity> past) {}

    /** A page of a longer list; {@code more} says whether a next page exists. */
    record Listing(List<PublicActivity> items, int page, boolean more) {}

    /** One city's coming activities (not ended, cancelled ones marked) and its latest past ones, at most limit each. */
    Timeline timelineOf(long cityId, int limit);

    /** A page of what is coming: public activities that have not ended, soonest first, cancelled ones included. */
    Listing upcoming(int page, int size);

    /** The years in which public activities took place, newest first. */
    List<Integer> pastYears();

    /** A page of the public activities that took place in a year, newest first. */
    Listing pastIn(int year, int page, int size);

    /**
     * Public activities by id, the first {@code limit} after {@code afterId}: every one, page by page, for the open
     * data (cancelled ones included, marked by their status).
     */
    List<PublicActivity> publishedAfter(long afterId, int limit);

    /** A page of the public activities that match the API's query, in its order. */
    org.springframework.data.domain.Page<PublicActivity> published(PublicActivityQuery query);

    /** When the public activity pages last changed (an activity changed or ended), for caches. */
    Optional<Instant> lastPublicChange();

    /** A value that changes with every change to any activity and whenever one ends; for ETags. */
    String changeStamp();
}
