package org.jumelage.activities.domain;

import java.util.Map;
import org.jumelage.activities.ActivityType;
import org.jumelage.activities.LessonRating;

/**
 * A selection of activities counted by the database: in all, by the year they start, by type, by partner city and by
 * theme. An activity with two cities counts once for each, so the cities' counts may add up to more than the total.
 *
 * @param byYear counts by year, in year order
 * @param byType counts by type, largest first
 * @param byCity counts by partner city (registry ids), largest first
 * @param byTheme counts by theme code, largest first
 * @param byRating counts by the rating of the outcome, largest first; activities without one under {@code null}
 */
public record ActivityReport(
        long total,
        Map<Integer, Long> byYear,
        Map<ActivityType, Long> byType,
        Map<Long, Long> byCity,
        Map<String, Long> byTheme,
        Map<LessonRating, Long> byRating) {}
