package org.jumelage.partners.web;

import java.time.DateTimeException;
import org.jumelage.shared.PartialDate;
import org.springframework.validation.BindingResult;

/** Reads a date given as year, month and day fields, of which month and day may be left empty. */
final class PartialDates {

    private PartialDates() {}

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
