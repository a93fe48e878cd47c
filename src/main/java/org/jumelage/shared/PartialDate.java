package org.jumelage.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A date of which only the year, or year and month, may be known. Stored as the first day of the known period plus
 * its precision, so it sorts and compares as a date.
 */
@Embeddable
public record PartialDate(
        @Column(name = "date_value") LocalDate date,

        @Enumerated(EnumType.STRING) @Column(name = "date_precision")
        DatePrecision precision) {

    public PartialDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (precision == DatePrecision.MONTH) {
            date = date.withDayOfMonth(1);
        } else if (precision == DatePrecision.YEAR) {
            date = date.withDayOfYear(1);
        }
    }

    public static PartialDate ofDay(LocalDate date) {
        return new PartialDate(date, DatePrecision.DAY);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /**
     * Builds a partial date from separate fields as a form sends them: day and month may be missing.
     *
     * @throws DateTimeException when the fields do not make a date (day without month, 31 February, …)
     */
    public static PartialDate of(int year, Integer month, Integer day) {
        if (month == null) {
            if (day != null) {
                throw new DateTimeException("day without month");
            }
            return ofYear(year);
        }
        if (day == null) {
            return ofMonth(year, month);
        }
        return ofDay(LocalDate.of(year, month, day));
    }

    /** Parses ISO 8601 in reduced precision: {@code 2022}, {@code 2017-03} or {@code 1990-11-12}. */
    public static PartialDate parse(String iso) {
        String text = iso.strip();
        String[] parts = text.split("-");
        try {
            return switch (parts.length) {
                case 1 -> ofYear(Integer.parseInt(parts[0]));
                case 2 -> ofMonth(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                case 3 -> ofDay(LocalDate.parse(text));
                default -> throw new DateTimeException("not a partial date: " + iso);
            };
        } catch (NumberFormatException e) {
            throw new DateTimeException("not a partial date: " + iso, e);
        }
    }

    public int year() {
        return date.getYear();
    }

    public Integer month() {
        return precision == DatePrecision.YEAR ? null : date.getMonthValue();
    }

    public Integer day() {
        return precision == DatePrecision.DAY ? date.getDayOfMonth() : null;
    }

    /**
     * ISO 8601 in the precision known: {@code 2022}, {@code 2017-03}, {@code 1990-11-12}. Also the date's form in JSON
     * (the public API) and in its OpenAPI description.
     */
    @com.fasterxml.jackson.annotation.JsonValue
    public String toIsoString() {
        return switch (precision) {
            case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            case DAY -> date.toString();
        };
    }

    /** Human-readable in the reader's language: "12. November 1990", "März 2017", "2022". */
    public String format(Locale locale) {
        return switch (precision) {
            case YEAR -> Integer.toString(date.getYear());
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(date);
            case DAY ->
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date);
        };
    }

    @Override
    public String toString() {
        return toIsoString();
    }
}
