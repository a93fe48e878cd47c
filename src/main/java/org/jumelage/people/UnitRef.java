package org.jumelage.people;

import java.util.Locale;
import org.jumelage.shared.Localized;

/** An organisational unit as other modules see it. */
public record UnitRef(long id, Long parentId, UnitKind kind, String code, String nameDe, String nameEn) {

    public String name(Locale locale) {
        return Localized.pick(locale, nameDe, nameEn);
    }
}
