package org.jumelage.shared;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes and their names in the reader's language, from the JDK's locale data. */
public final class Countries {

    private static final Set<String> CODES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    private Countries() {}

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale locale) {
        if (!isValid(code)) {
            return code;
        }
        return Locale.of("", code).getDisplayCountry(locale);
    }

    /** All codes, sorted by their name in the given language. */
    public static List<String> sortedCodes(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return CODES.stream()
                .sorted(Comparator.comparing((String code) -> name(code, locale), collator))
                .toList();
    }
}
