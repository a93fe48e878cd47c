package org.jumelage.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A criterion of a call's scoring rubric. The call publishes a weight for each (0: not scored); a scorer gives each
 * weighted criterion a mark from 0 to {@link #MAX_MARK}; the application's points are the weighted sum of the marks.
 */
public enum Criterion {
    /** Why the applicant wants to go, and why now. */
    MOTIVATION,
    /** What the applicant wants to learn, and how concretely. */
    OBJECTIVES,
    /** The languages of the placements chosen, beyond the minimum each requires. */
    LANGUAGES,
    /** Whether this is the applicant's first stay (first-timers first, so that more people take part). */
    FIRST_PARTICIPATION,
    /** How the unit at home will use what is learned (transfer into daily work). */
    TRANSFER;

    /** The highest mark a scorer gives for one criterion. */
    public static final int MAX_MARK = 5;

    /** The highest weight a call gives one criterion. */
    public static final int MAX_WEIGHT = 5;

    /** The rubric a new call starts with; the office changes it before the first scorecard. */
    public static Map<Criterion, Integer> defaultWeights() {
        Map<Criterion, Integer> weights = new LinkedHashMap<>();
        weights.put(MOTIVATION, 3);
        weights.put(OBJECTIVES, 3);
        weights.put(LANGUAGES, 2);
        weights.put(FIRST_PARTICIPATION, 1);
        weights.put(TRANSFER, 1);
        return weights;
    }
}
