package org.jumelage.content;

import java.util.Locale;
import java.util.Optional;

/** The published version of the public site's editable texts, as sanitised HTML. */
public interface SiteTexts {

    /** The published text in the reader's language, rendered and sanitised; empty if none is published. */
    Optional<String> publishedHtml(TextKey key, Locale locale);
}
