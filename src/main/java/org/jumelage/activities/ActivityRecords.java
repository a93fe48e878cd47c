package org.jumelage.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jumelage.shared.Localized;

/**
 * The activities as the office reads them, for its reports and dossiers: every activity, public or not, with its
 * outcome and lessons, never its participants. Refused to anyone who does not read the back office.
 */
public interface ActivityRecords {

    /**
     * Activities counted by the database: in all, by the year they start (in order), by type, partner city (registry
     * ids), theme and rating (each largest first; an activity with two cities or themes counts once for each).
     * {@code unrated} have no rating.
     */
    record Figures(
            long total,
            Map<Integer, Long> byYear,
            Map<ActivityType, Long> byType,
            Map<Long, Long> byCity,
            Map<String, Long> byTheme,
            Map<LessonRating, Long> byRating,
            long unrated) {}

    /** One activity as a dossier tells it; {@code unitIds} are the responsible units of {@code people}. */
    record ActivityRecord(
            long id,
            ActivityType type,
            ActivityStatus status,
            String titleDe,
            String titleEn,
            LocalDate startDate,
            LocalDate endDate,
            String place,
            boolean published,
            Set<Long> unitIds,
            Set<String> themes,
            String outcomeSummary,
            String outcomeResults,
            String lessonsWorked,
            String lessonsNotWorked,
            String lessonsRecommendation,
            LessonRating rating) {

        public String title(Locale locale) {
            return Localized.pick(locale, titleDe, titleEn);
        }
    }

    /** At most {@code limit} of a city's activities, earliest first, and how many there are in all. */
    record CityActivities(List<ActivityRecord> activities, long total) {}

    /**
     * The activities that take place in the years, wholly or in part (either bound may be null: open), with one city
     * or all.
     */
    Figures figures(Integer fromYear, Integer toYear, Long cityId);

    /** The city's activities that take place in the years, earliest first, at most {@code limit}. */
    CityActivities ofCity(long cityId, Integer fromYear, Integer toYear, int limit);
}
