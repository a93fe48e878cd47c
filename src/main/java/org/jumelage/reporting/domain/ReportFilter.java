package org.jumelage.reporting.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What a report covers: a span of years (either bound may be empty: open) and one partner city or all. Partnerships
 * count when they were agreed by the end of the span (their first instrument), with today's status; activities when
 * they take place in the span, wholly or in part; exchange participants by the year of their stay.
 */
public record ReportFilter(
        @Min(value = 1900, message = "{reports.error.year}") @Max(value = 2100, message = "{reports.error.year}")
        Integer from,

        @Min(value = 1900, message = "{reports.error.year}") @Max(value = 2100, message = "{reports.error.year}")
        Integer to,

        Long city) {

    public static ReportFilter everything() {
        return new ReportFilter(null, null, null);
    }
}
