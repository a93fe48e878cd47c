package org.jumelage.activities.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.jumelage.activities.ActivityLevel;
import org.jumelage.activities.ActivityType;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.ActivityDetails;
import org.jumelage.activities.domain.Schedule;
import org.springframework.format.annotation.DateTimeFormat;

/** The activity form: what, when, where, with which cities and networks, by which units, on which themes. */
record ActivityForm(
        @NotNull(message = "{validation.required}") ActivityType type,
        @NotNull(message = "{validation.required}") ActivityLevel level,

        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}")
        String titleDe,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true) @Size(max = 250, message = "{validation.tooLong}")
        String titleEn,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true) @Size(max = 4000, message = "{validation.tooLong}")
        String descriptionDe,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true) @Size(max = 4000, message = "{validation.tooLong}")
        String descriptionEn,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "Whole days, without times")
        Boolean allDay,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        LocalTime startTime,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endDate,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        LocalTime endTime,

        @NotBlank(message = "{validation.required}") String timeZone,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true) @Size(max = 200, message = "{validation.tooLong}")
        String place,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true) @Size(max = 200, message = "{validation.tooLong}")
        String placeEn,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true) @Size(max = 300, message = "{validation.tooLong}")
        String venue,

        @io.swagger.v3.oas.annotations.media.Schema(description = "Partner cities (their registry ids)")
        Set<Long> cityIds,

        Set<Long> networkIds,
        Set<Long> unitIds,

        @io.swagger.v3.oas.annotations.media.Schema(description = "Focus area codes")
        Set<String> themes,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "Shown on the public site")
        Boolean publicVisible,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true) @Size(max = 2000, message = "{validation.tooLong}")
        String publicSummaryDe,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true) @Size(max = 2000, message = "{validation.tooLong}")
        String publicSummaryEn,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "As read; required for an edit")
        Long version)
        implements java.io.Serializable {

    static ActivityForm empty() {
        return new ActivityForm(
                ActivityType.INCOMING_DELEGATION,
                ActivityLevel.DEPARTMENT,
                null,
                null,
                null,
                null,
                true,
                null,
                null,
                null,
                null,
                "Europe/Berlin",
                "Berlin",
                null,
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                false,
                null,
                null,
                null);
    }

    static ActivityForm of(Activity a) {
        return new ActivityForm(
                a.getType(),
                a.getLevel(),
                a.getTitleDe(),
                a.getTitleEn(),
                a.getDescriptionDe(),
                a.getDescriptionEn(),
                a.isAllDay(),
                a.getStartDate(),
                a.getStartTime(),
                a.getEndDate(),
                a.getEndTime(),
                a.getTimeZone(),
                a.getPlace(),
                a.getPlaceEn(),
                a.getVenue(),
                a.getCityIds(),
                a.getNetworkIds(),
                a.getUnitIds(),
                a.getThemes(),
                a.isPublicVisible(),
                a.getPublicSummaryDe(),
                a.getPublicSummaryEn(),
                a.getVersion());
    }

    /** Unticked checkboxes send nothing (the browser also sends the {@code _field} markers): absent means no. */
    boolean wholeDays() {
        return Boolean.TRUE.equals(allDay);
    }

    boolean published() {
        return Boolean.TRUE.equals(publicVisible);
    }

    boolean knownZone() {
        return timeZone != null && ZoneId.getAvailableZoneIds().contains(timeZone);
    }

    /** The details, once the form is valid; the schedule checks the dates and times. */
    ActivityDetails details() {
        Schedule schedule = new Schedule(wholeDays(), startDate, startTime, endDate, endTime, ZoneId.of(timeZone));
        return new ActivityDetails(
                type,
                level,
                titleDe,
                titleEn,
                descriptionDe,
                descriptionEn,
                schedule,
                place,
                placeEn,
                venue,
                orEmpty(cityIds),
                orEmpty(networkIds),
                orEmpty(unitIds),
                orEmpty(themes),
                published(),
                publicSummaryDe,
                publicSummaryEn);
    }

    /** Absent means none; an empty checkbox value arrives as null and means nothing either. */
    private static <T> Set<T> orEmpty(Set<T> values) {
        Set<T> result = values == null ? new HashSet<>() : new HashSet<>(values);
        result.remove(null);
        return result;
    }
}
