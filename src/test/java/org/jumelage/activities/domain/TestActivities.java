package org.jumelage.activities.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.jumelage.activities.ActivityLevel;
import org.jumelage.activities.ActivityStatus;
import org.jumelage.activities.ActivityType;
import org.springframework.test.util.ReflectionTestUtils;

/** Object mother for activities in domain tests, and for the pages' slice tests. */
public final class TestActivities {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");

    private TestActivities() {}

    static ActivityDetails details(Schedule schedule) {
        return details(schedule, true);
    }

    static ActivityDetails details(Schedule schedule, boolean publicVisible) {
        return new ActivityDetails(
                ActivityType.INCOMING_DELEGATION,
                ActivityLevel.DEPARTMENT,
                "Delegation aus Warschau",
                "Delegation from Warsaw",
                "Beschreibung",
                null,
                schedule,
                "Berlin",
                null,
                "Rotes Rathaus",
                Set.of(6L),
                Set.of(),
                Set.of(2L),
                Set.of("TRANSPORT"),
                publicVisible,
                publicVisible ? "Öffentliche Zusammenfassung" : null,
                publicVisible ? "Public summary" : null);
    }

    /** Two days across the end of summer time in Warsaw (25 October 2026, 03:00 → 02:00). */
    static Schedule acrossDaylightSavingEnd() {
        return Schedule.times(
                LocalDate.of(2026, 10, 24),
                LocalTime.of(10, 0),
                LocalDate.of(2026, 10, 25),
                LocalTime.of(16, 0),
                WARSAW);
    }

    static Activity planned(Schedule schedule) {
        return new Activity(details(schedule), ActivityStatus.PLANNED, false, "editor", NOW);
    }

    /**
     * A planned two-day visit from Warsaw (10–11 March 2027, Berlin time) with the id and version it would have
     * from the database, as the activity's pages show it.
     */
    public static Activity stored(long id, long version) {
        Activity activity = planned(
                Schedule.days(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 11), ZoneId.of("Europe/Berlin")));
        ReflectionTestUtils.setField(activity, "id", id);
        ReflectionTestUtils.setField(activity, "version", version);
        return activity;
    }
}
