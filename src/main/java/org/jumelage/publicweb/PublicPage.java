package org.jumelage.publicweb;

import java.util.Locale;
import java.util.Map;

/**
 * The public site's pages and their addresses in each language. Each page has a readable address per language, and
 * the language switch leads to the same page in the other language.
 */
enum PublicPage {
    OVERVIEW("/de/staedtepartnerschaften", "/en/city-partnerships"),
    MAP("/de/staedtepartnerschaften/karte", "/en/city-partnerships/map"),
    NEWS("/de/aktuelles", "/en/news"),
    REVIEW("/de/rueckblick", "/en/review"),
    ACCESSIBILITY("/de/barrierefreiheit", "/en/accessibility"),
    EASY_READ("/de/leichte-sprache", "/en/easy-read"),
    IMPRINT("/de/impressum", "/en/imprint"),
    PRIVACY("/de/datenschutz", "/en/privacy"),
    CERTIFICATE("/de/bescheinigung", "/en/certificate"),
    EXCHANGE("/de/verwaltungsaustausch", "/en/staff-exchange"),
    SEARCH("/de/suche", "/en/search"),
    OPEN_DATA("/de/offene-daten", "/en/open-data");

    static final Locale GERMAN = Locale.GERMAN;
    static final Locale ENGLISH = Locale.ENGLISH;

    private final String german;
    private final String english;

    PublicPage(String german, String english) {
        this.german = german;
        this.english = english;
    }

    String path(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : german;
    }

    /** The page's address in every language, for the language switch and {@code hreflang}. */
    Map<String, String> alternates() {
        return Map.of("de", german, "en", english);
    }

    static String cityPath(Locale locale, String slug) {
        return OVERVIEW.path(locale) + "/" + slug;
    }
}
