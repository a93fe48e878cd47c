package org.jumelage.activities.domain;

import java.util.Set;
import org.jumelage.activities.ActivityLevel;
import org.jumelage.activities.ActivityType;

/** What the activity form edits: everything but programme, participants, outcome and status. */
public record ActivityDetails(
        ActivityType type,
        ActivityLevel level,
        String titleDe,
        String titleEn,
        String descriptionDe,
        String descriptionEn,
        Schedule schedule,
        String place,
        String placeEn,
        String venue,
        Set<Long> cityIds,
        Set<Long> networkIds,
        Set<Long> unitIds,
        Set<String> themes,
        boolean publicVisible,
        String publicSummaryDe,
        String publicSummaryEn) {

    public ActivityDetails {
        cityIds = Set.copyOf(cityIds);
        networkIds = Set.copyOf(networkIds);
        unitIds = Set.copyOf(unitIds);
        themes = Set.copyOf(themes);
    }
}
