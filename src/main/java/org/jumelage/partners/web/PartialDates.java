package org.jumelage.partners.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jumelage.shared.PartialDate;
import org.springframework.validation.BindingResult;

/** Reads a date given as year, month and day fields, of which month and day may be left empty. */
final class PartialDates {

    private PartialDates() {}

    /**
     * A date that must be known at least by its year and cannot lie after {@code latest} (an instrument is signed
     * before it is recorded): errors otherwise, and {@code null}.
     */
    static PartialDate readRequired(
            Integer year, Integer month, Integer day, String yearField, BindingResult errors, LocalDate latest) {
        if (year == null) {
            errors.rejectValue(yearField, "date.error.yearRequired");
            return null;
        }
        PartialDate date = read(year, month, day, yearField, errors);
        if (date != null && date.date().isAfter(latest)) {
            errors.rejectValue(yearField, "date.error.future");
            return null;
        }
        return date;
    }

    /**
     * The date, or {@code null} when no year was given; an impossible date is reported on the year field and also
     * gives {@code null}.
     */
    static PartialDate read(Integer year, Integer month, Integer day, String yearField, BindingResult errors) {
        if (year == null) {
            if (month != null || day != null) {
                errors.rejectValue(yearField, "date.error.yearMissing");
            }
            return null;
        }
        try {
            return PartialDate.of(year, month, day);
        } catch (DateTimeException e) {
            errors.rejectValue(yearField, "date.error.invalid");
            return null;
        }
    }
}
