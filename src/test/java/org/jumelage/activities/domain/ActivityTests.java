package org.jumelage.activities.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jumelage.activities.ActivityStatus;
import org.jumelage.activities.ParticipantRole;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ActivityTests {

    @Test
    void theScheduleRefusesAnEndBeforeTheStartAndMissingTimes() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThatThrownBy(() -> Schedule.days(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), berlin))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("activity.error.endBeforeStart");
        assertThatThrownBy(() -> Schedule.times(
                        LocalDate.of(2026, 5, 1),
                        LocalTime.of(14, 0),
                        LocalDate.of(2026, 5, 1),
                        LocalTime.of(9, 0),
                        berlin))
                .hasMessageContaining("activity.error.endBeforeStart");
        assertThatThrownBy(() ->
                        new Schedule(false, LocalDate.of(2026, 5, 1), null, LocalDate.of(2026, 5, 1), null, berlin))
                .hasMessageContaining("activity.error.times");
    }

    @Test
    void instantsFollowThePlacesTimeZoneAcrossTheChangeOfDaylightSavingTime() {
        Schedule schedule = TestActivities.acrossDaylightSavingEnd();
        // 10:00 summer time (UTC+2) and 16:00 standard time (UTC+1) in Warsaw.
        assertThat(schedule.startsAt()).isEqualTo(Instant.parse("2026-10-24T08:00:00Z"));
        assertThat(schedule.endsAt()).isEqualTo(Instant.parse("2026-10-25T15:00:00Z"));
        Schedule days = Schedule.days(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), TestActivities.WARSAW);
        assertThat(days.endsAt()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }

    @Test
    void statusMovesForwardOnlyAndACancellationNeedsAReason() {
        Activity activity = TestActivities.planned(TestActivities.acrossDaylightSavingEnd());
        assertThatThrownBy(() -> activity.changeStatus(ActivityStatus.CANCELLED, " ", "editor", Instant.now()))
                .hasMessageContaining("activity.error.cancelReason");
        activity.changeStatus(ActivityStatus.CONFIRMED, null, "editor", Instant.now());
        assertThatThrownBy(() -> activity.changeStatus(ActivityStatus.PLANNED, null, "editor", Instant.now()))
                .hasMessageContaining("activity.error.statusBack");
        activity.changeStatus(ActivityStatus.CANCELLED, "Streik", "editor", Instant.now());
        assertThat(activity.getCancelReason()).isEqualTo("Streik");
        assertThatThrownBy(() -> activity.changeStatus(ActivityStatus.HELD, null, "editor", Instant.now()))
                .hasMessageContaining("activity.error.statusFinal");
    }

    @Test
    void everyChangeACalendarShowsRaisesTheSequence() {
        Activity activity = TestActivities.planned(TestActivities.acrossDaylightSavingEnd());
        assertThat(activity.getSequence()).isZero();
        activity.edit(
                TestActivities.details(
                        Schedule.days(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 26), TestActivities.WARSAW)),
                "editor",
                Instant.now());
        assertThat(activity.getSequence()).isEqualTo(1);
        activity.changeStatus(ActivityStatus.CONFIRMED, null, "editor", Instant.now());
        assertThat(activity.getSequence()).isEqualTo(2);
    }

    @Test
    void theProgrammeStaysWithinTheActivitysDays() {
        Activity activity = TestActivities.planned(TestActivities.acrossDaylightSavingEnd());
        assertThatThrownBy(() -> activity.addProgrammeItem(
                        LocalDate.of(2026, 10, 26), null, null, "Abschied", null, null, "editor", Instant.now()))
                .hasMessageContaining("activity.error.programmeDay");
        activity.addProgrammeItem(
                LocalDate.of(2026, 10, 25),
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                "Frühstück",
                null,
                null,
                "editor",
                Instant.now());
        activity.addProgrammeItem(
                LocalDate.of(2026, 10, 24), null, null, "Ankunft", null, null, "editor", Instant.now());
        assertThat(activity.getProgramme()).extracting(ProgrammeItem::getTitle).containsExactly("Ankunft", "Frühstück");
        // Moving the activity away from a programmed day is refused, not silently dropped.
        assertThatThrownBy(() -> activity.edit(
                        TestActivities.details(Schedule.days(
                                LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 24), TestActivities.WARSAW)),
                        "editor",
                        Instant.now()))
                .hasMessageContaining("activity.error.programmeOutside");
    }

    @Test
    void aMemberOfStaffTakesPartOnceAndNeedsAreErasedLater() {
        Activity activity = TestActivities.planned(TestActivities.acrossDaylightSavingEnd());
        ParticipantDetails staff = new ParticipantDetails(
                7L, "Erik Editor", null, null, null, null, null, ParticipantRole.MEMBER, "vegetarisch");
        activity.addParticipant(staff, "editor", Instant.now());
        assertThatThrownBy(() -> activity.addParticipant(staff, "editor", Instant.now()))
                .hasMessageContaining("activity.error.participantTwice");
        activity.eraseNeeds();
        assertThat(activity.getParticipants()).extracting(Participant::getNeeds).containsOnlyNulls();
        assertThat(activity.isNeedsErased()).isTrue();
    }
}
