package org.jumelage.content;

/** The public site's editable texts. Until the office publishes its own, a page shows the text of {@code fallbackMessage}. */
public enum TextKey {
    OVERVIEW_INTRO("public.overview.intro", "/de/staedtepartnerschaften", "/en/city-partnerships"),
    OVERVIEW_FORMS("public.overview.forms.text", "/de/staedtepartnerschaften", "/en/city-partnerships"),
    OVERVIEW_STAFF("public.overview.staff.text", "/de/staedtepartnerschaften", "/en/city-partnerships"),
    ACCESSIBILITY_BARRIERS("public.accessibility.barriers.text", "/de/barrierefreiheit", "/en/accessibility");

    private final String fallbackMessage;
    private final String pathDe;
    private final String pathEn;

    TextKey(String fallbackMessage, String pathDe, String pathEn) {
        this.fallbackMessage = fallbackMessage;
        this.pathDe = pathDe;
        this.pathEn = pathEn;
    }

    /** The public page that shows the text, in German. */
    public String pathDe() {
        return pathDe;
    }

    /** The public page that shows the text, in English. */
    public String pathEn() {
        return pathEn;
    }

    public String fallbackMessage() {
        return fallbackMessage;
    }
}
