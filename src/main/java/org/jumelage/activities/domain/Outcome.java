package org.jumelage.activities.domain;

import org.jumelage.activities.LessonRating;

/** What came of an activity and what the office learned from it. */
public record Outcome(
        String summary, String results, String worked, String didNotWork, String recommendation, LessonRating rating) {}
