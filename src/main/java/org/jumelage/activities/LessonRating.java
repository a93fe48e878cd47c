package org.jumelage.activities;

/** The overall judgement of an activity, for learning from good and bad projects. */
public enum LessonRating {
    GOOD,
    MIXED,
    POOR
}
