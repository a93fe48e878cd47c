package org.jumelage.content;

/** The public site's editable texts. Until the office publishes its own, a page shows the text of {@code fallbackMessage}. */
public enum TextKey {
    OVERVIEW_INTRO("public.overview.intro"),
    OVERVIEW_FORMS("public.overview.forms.text"),
    OVERVIEW_STAFF("public.overview.staff.text"),
    ACCESSIBILITY_BARRIERS("public.accessibility.barriers.text");

    private final String fallbackMessage;

    TextKey(String fallbackMessage) {
        this.fallbackMessage = fallbackMessage;
    }

    public String fallbackMessage() {
        return fallbackMessage;
    }
}
