package org.jumelage.activities.web;

import jakarta.validation.constraints.Size;
import org.jumelage.activities.LessonRating;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.Outcome;

/** What came of an activity and the lessons learned (sizes of {@code activity}'s outcome columns, V7). */
record OutcomeForm(
        @Size(max = 4000, message = "{validation.tooLong}") String summary,
        @Size(max = 4000, message = "{validation.tooLong}") String results,
        @Size(max = 4000, message = "{validation.tooLong}") String worked,
        @Size(max = 4000, message = "{validation.tooLong}") String didNotWork,
        @Size(max = 4000, message = "{validation.tooLong}") String recommendation,
        LessonRating rating,
        long version)
        implements java.io.Serializable {

    static OutcomeForm of(Activity activity) {
        return new OutcomeForm(
                activity.getOutcomeSummary(),
                activity.getOutcomeResults(),
                activity.getLessonsWorked(),
                activity.getLessonsNotWorked(),
                activity.getLessonsRecommendation(),
                activity.getRating(),
                activity.getVersion());
    }

    Outcome outcome() {
        return new Outcome(summary, results, worked, didNotWork, recommendation, rating);
    }
}
