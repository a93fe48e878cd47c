package org.jumelage.shared;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes and their names in the reader's language, from the JDK's locale data; and the world
 * region each lies in, by the UN M49 grouping (ICU's copy of CLDR's containment data, not a list of our own).
 */
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

    /**
     * The UN M49 sub-region a country lies in ("151", Eastern Europe, for Poland), or null for a code that is not a
     * country or that M49 does not place.
     */
    public static String region(String code) {
        if (!isValid(code)) {
            return null;
        }
        try {
            com.ibm.icu.util.Region container =
                    com.ibm.icu.util.Region.getInstance(code).getContainingRegion();
            return container == null ? null : container.toString();
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The name of an M49 region in the reader's language ("Osteuropa", "Eastern Europe"). */
    public static String regionName(String region, Locale locale) {
        return com.ibm.icu.util.ULocale.forLanguageTag("und-" + region)
                .getDisplayCountry(com.ibm.icu.util.ULocale.forLocale(locale));
    }
}
