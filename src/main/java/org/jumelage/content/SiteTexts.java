package org.jumelage.content;

import java.util.Locale;
import java.util.Optional;

/** The published version of the public site's editable texts, as sanitised HTML. */
public interface SiteTexts {

    /** The published text in the reader's language, rendered and sanitised; empty if none is published. */
    Optional<String> publishedHtml(TextKey key, Locale locale);

    /** When a text was last published (or restored); empty while none is published. */
    Optional<java.time.Instant> lastPublished();

    /** A value that changes whenever a text is saved, published or restored; for ETags. */
    String changeStamp();

    /**
     * The published text in the reader's language, or else the product's default text for it (its {@link
     * TextKey#fallbackMessage()}, itself limited Markdown), rendered and sanitised.
     */
    String html(TextKey key, Locale locale);
}
