package org.jumelage.partners;

import java.util.List;
import java.util.Locale;
import org.jumelage.shared.Localized;

/**
 * What the public site needs of a city wherever it shows one, in a list or on the city's own page: its names and
 * address segments in the reader's language and the kinds of relationship it has.
 */
public interface SiteCity {

    String slugEn();

    String slugDe();

    String nameDe();

    String nameEn();

    List<? extends Kind> relationships();

    default String name(Locale locale) {
        return Localized.pick(locale, nameDe(), nameEn());
    }

    default String slug(Locale locale) {
        return "en".equals(locale.getLanguage()) ? slugEn() : slugDe();
    }

    default boolean has(RelationshipType type) {
        return relationships().stream().anyMatch(relationship -> relationship.type() == type);
    }

    /** A relationship, as far as lists tell them apart: by kind. */
    interface Kind {
        RelationshipType type();
    }
}
