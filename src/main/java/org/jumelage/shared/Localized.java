package org.jumelage.shared;

import java.util.Locale;

/** Picks the German or English variant of a bilingual text for the reader's language; German is the default. */
public final class Localized {

    private Localized() {}

    public static String pick(Locale locale, String german, String english) {
        boolean wantsEnglish = locale != null && "en".equals(locale.getLanguage());
        if (wantsEnglish) {
            return english == null || english.isBlank() ? german : english;
        }
        return german == null || german.isBlank() ? english : german;
    }
}
