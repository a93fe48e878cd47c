package org.jumelage.shared;

/** How much of a {@link PartialDate} is known: a treaty may be dated to the day, or only to a month or a year. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
