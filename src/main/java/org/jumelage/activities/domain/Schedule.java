package org.jumelage.activities.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jumelage.shared.RuleViolation;

/**
 * When an activity takes place, in the time zone of its place: whole days, or start and end times. The instants are
 * derived, for sorting, the calendar feeds and reminders.
 */
public record Schedule(
        boolean allDay, LocalDate startDate, LocalTime startTime, LocalDate endDate, LocalTime endTime, ZoneId zone) {

    public Schedule {
        if (startDate == null || endDate == null || zone == null) {
            throw new RuleViolation("activity.error.schedule");
        }
        if (allDay) {
            startTime = null;
            endTime = null;
        } else if (startTime == null || endTime == null) {
            throw new RuleViolation("activity.error.times");
        }
        if (endDate.isBefore(startDate) || (!allDay && endDate.equals(startDate) && !endTime.isAfter(startTime))) {
            throw new RuleViolation("activity.error.endBeforeStart");
        }
    }

    public static Schedule days(LocalDate start, LocalDate end, ZoneId zone) {
        return new Schedule(true, start, null, end, null, zone);
    }

    public static Schedule times(LocalDate startDate, LocalTime start, LocalDate endDate, LocalTime end, ZoneId zone) {
        return new Schedule(false, startDate, start, endDate, end, zone);
    }

    public Instant startsAt() {
        return (allDay
                        ? startDate.atStartOfDay(zone)
                        : startDate.atTime(startTime).atZone(zone))
                .toInstant();
    }

    /** The end; for whole days the start of the day after the last one, as calendars expect. */
    public Instant endsAt() {
        return (allDay
                        ? endDate.plusDays(1).atStartOfDay(zone)
                        : endDate.atTime(endTime).atZone(zone))
                .toInstant();
    }

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
