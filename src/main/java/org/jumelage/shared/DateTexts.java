package org.jumelage.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Dates and times as people write them, one way per language on every page of the office and the public site
 * ({@code ${dates.day(…)}} in the templates, where the layout's model puts it): "1. Januar 2027, 23:59 Uhr", "1 January 2027, 23:59". A time in
 * another place's zone names that zone in words, and only where its clock differs from the office's at that moment
 * (Warsaw's does not; Tokyo's does). Inputs keep their own formats.
 */
public class DateTexts {

    private static final DateTimeFormatter DAY_DE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_DE = DateTimeFormatter.ofPattern("d. MMMM", Locale.GERMAN);
    private static final DateTimeFormatter DAY_MONTH_EN = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId office;

    public DateTexts(String office) {
        this.office = ZoneId.of(office);
    }

    /** Like {@link #moment(Instant)}, in a language given (a mail's part in it), not the request's. */
    public String moment(Instant instant, Locale locale) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, office);
        return day(local.toLocalDate(), locale) + ", " + time(local.toLocalTime(), locale);
    }

    /** Like {@link #at(LocalDateTime, String)}, in a language given, not the request's. */
    public String at(LocalDateTime local, String zone, Locale locale) {
        return day(local.toLocalDate(), locale) + ", " + time(local.toLocalTime(), locale)
                + zoneNote(local, zone, locale);
    }

    /** "3. Dezember 2026" / "3 December 2026". */
    public String day(LocalDate date) {
        return date == null ? "" : day(date, locale());
    }

    /** The day of a moment, in the office's zone. */
    public String dayOf(Instant instant) {
        return instant == null ? "" : day(instant.atZone(office).toLocalDate());
    }

    /** A moment in the office's zone: "3. Dezember 2026, 09:41 Uhr" / "3 December 2026, 09:41". */
    public String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, office);
        Locale locale = locale();
        return day(local.toLocalDate(), locale) + ", " + time(local.toLocalTime(), locale);
    }

    /** A local date and time in a place's zone, the zone named where its clock differs from the office's. */
    public String at(LocalDateTime local, String zone) {
        if (local == null) {
            return "";
        }
        Locale locale = locale();
        return day(local.toLocalDate(), locale) + ", " + time(local.toLocalTime(), locale)
                + zoneNote(local, zone, locale);
    }

    /** Whole days: "15. Oktober 2012", "15.–16. Oktober 2012", "30. September – 2. Oktober 2012", across years in full. */
    public String days(LocalDate from, LocalDate to) {
        return days(from, to, locale());
    }

    /** Like {@link #days(LocalDate, LocalDate)}, in a language given (a mail's), not the request's. */
    public String days(LocalDate from, LocalDate to, Locale locale) {
        if (from == null) {
            return "";
        }
        boolean german = isGerman(locale);
        if (to == null || to.equals(from)) {
            return day(from, locale);
        }
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + (german ? ".–" : "–") + day(to, locale);
        }
        if (from.getYear() == to.getYear()) {
            return (german ? DAY_MONTH_DE : DAY_MONTH_EN).format(from) + " – " + day(to, locale);
        }
        return day(from, locale) + " – " + day(to, locale);
    }

    /**
     * A span with times in a place's zone: "15. Oktober 2012, 09:00 bis 17:00 Uhr" on one day, else both ends in
     * full; the zone named where its clock differs from the office's.
     */
    public String span(LocalDate startDate, LocalTime startTime, LocalDate endDate, LocalTime endTime, String zone) {
        return span(startDate, startTime, endDate, endTime, zone, locale());
    }

    /** Like {@link #span(LocalDate, LocalTime, LocalDate, LocalTime, String)}, in a language given. */
    public String span(
            LocalDate startDate,
            LocalTime startTime,
            LocalDate endDate,
            LocalTime endTime,
            String zone,
            Locale locale) {
        if (startDate == null || startTime == null) {
            return days(startDate, endDate, locale);
        }
        boolean german = isGerman(locale);
        String note = zoneNote(startDate.atTime(startTime), zone, locale);
        if (endDate == null || endTime == null) {
            return day(startDate, locale) + ", " + time(startTime, locale) + note;
        }
        if (endDate.equals(startDate)) {
            return day(startDate, locale) + ", " + TIME.format(startTime) + (german ? " bis " : " to ")
                    + time(endTime, locale) + note;
        }
        return day(startDate, locale) + ", " + time(startTime, locale) + (german ? " bis " : " to ")
                + day(endDate, locale) + ", " + time(endTime, locale) + note;
    }

    /** " (Japanische Zeit)" where the place's clock shows another time than the office's at that moment, else "". */
    String zoneNote(LocalDateTime local, String zone, Locale locale) {
        if (zone == null || zone.isBlank()) {
            return "";
        }
        ZoneId place;
        try {
            place = ZoneId.of(zone);
        } catch (java.time.DateTimeException unknown) {
            return " (" + zone + ")";
        }
        Instant instant = local.atZone(place).toInstant();
        if (place.getRules().getOffset(instant).equals(office.getRules().getOffset(instant))) {
            return "";
        }
        return " (" + place.getDisplayName(TextStyle.FULL, locale) + ")";
    }

    private static String day(LocalDate date, Locale locale) {
        return (isGerman(locale) ? DAY_DE : DAY_EN).format(date);
    }

    private static String time(LocalTime time, Locale locale) {
        return TIME.format(time) + (isGerman(locale) ? " Uhr" : "");
    }

    private static boolean isGerman(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
