package org.jumelage.exchange.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * What the call form edits. The application window is given as local date-times in the call's time zone (Berlin's,
 * unless the office says otherwise), because that is how a call is announced.
 */
public record CallDetails(
        long programmeId,
        String titleDe,
        String titleEn,
        LocalDateTime opens,
        LocalDateTime closes,
        ZoneId zone,
        LocalDate staysFrom,
        LocalDate staysTo,
        int minWeeks,
        int maxWeeks,
        int retentionMonths,
        Set<Long> eligibleUnitIds,
        Set<String> languages) {

    public CallDetails {
        eligibleUnitIds = Set.copyOf(eligibleUnitIds);
        languages = Set.copyOf(languages);
    }
}
