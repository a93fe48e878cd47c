package org.jumelage.shared;

import java.util.Locale;

/** Picks the German or English variant of a bilingual text for the reader's language; German is the default. */
public final class Localized {

    private Localized() {}

    /**
     * The language of what {@link #pick} shows, for the text's {@code lang}: "en" where an English reader gets the
     * English text, else "de" (German is the default language and the fallback).
     */
    public static String shownLanguage(Locale locale, String english) {
        return locale != null && "en".equals(locale.getLanguage()) && english != null && !english.isBlank()
                ? "en"
                : "de";
    }

    public static String pick(Locale locale, String german, String english) {
        boolean wantsEnglish = locale != null && "en".equals(locale.getLanguage());
        if (wantsEnglish) {
            return english == null || english.isBlank() ? german : english;
        }
        return german == null || german.isBlank() ? english : german;
    }
}
