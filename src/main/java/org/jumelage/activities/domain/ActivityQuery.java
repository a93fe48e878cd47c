package org.jumelage.activities.domain;

import org.jumelage.activities.ActivityStatus;
import org.jumelage.activities.ActivityType;

/**
 * The list's filters; every one may be empty. {@code year} picks one year; {@code from} and {@code to} a span of years
 * ("everything with Warsaw 2012–2014"); {@code on} the activities that touch one day (by their own local dates).
 */
public record ActivityQuery(
        Long city,
        ActivityType type,
        Long unit,
        String theme,
        Integer year,
        ActivityStatus status,
        Integer page,
        Integer from,
        Integer to,

        @org.springframework.format.annotation.DateTimeFormat(
                iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
        java.time.LocalDate on) {

    public ActivityQuery(
            Long city, ActivityType type, Long unit, String theme, Integer year, ActivityStatus status, Integer page) {
        this(city, type, unit, theme, year, status, page, null, null, null);
    }

    public static ActivityQuery all() {
        return new ActivityQuery(null, null, null, null, null, null, null);
    }

    public static ActivityQuery ofCity(long city) {
        return new ActivityQuery(city, null, null, null, null, null, null);
    }

    /** The same filters without a page: what a report or an export covers. */
    public ActivityQuery withoutPage() {
        return new ActivityQuery(city, type, unit, theme, year, status, null, from, to, on);
    }

    public int pageOrFirst() {
        return page == null || page < 0 ? 0 : page;
    }
}
