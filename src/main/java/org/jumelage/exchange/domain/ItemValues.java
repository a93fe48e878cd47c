package org.jumelage.exchange.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the staff exchange writes what it keeps about a person (ADR 0037): an item's values by name, left out where
 * empty, with moments, dates, enums and money as text; dates and ids in the reasons of what was kept.
 */
final class ItemValues {

    /** At most this many ids are named in one entry of what was kept. */
    private static final int IDS_NAMED = 20;

    private final Map<String, Object> values = new LinkedHashMap<>();

    ItemValues put(String key, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return this;
        }
        if (value instanceof Collection<?> many) {
            if (!many.isEmpty()) {
                values.put(key, many.stream().map(ItemValues::plain).toList());
            }
            return this;
        }
        values.put(key, plain(value));
        return this;
    }

    private static Object plain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? value
                : String.valueOf(value);
    }

    Map<String, Object> map() {
        return values;
    }

    /** A date as a reader of the language writes it: 1. März 2029, March 1, 2029. */
    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    /** The ids, at most {@value #IDS_NAMED} of them, and how many there are if there are more. */
    static String ids(Collection<?> ids) {
        List<String> all = ids.stream().map(String::valueOf).toList();
        if (all.size() <= IDS_NAMED) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, IDS_NAMED)) + " … (" + all.size() + ")";
    }
}
