package org.jumelage.people;

import java.util.Locale;
import org.jumelage.shared.Localized;

/**
 * An organisational unit as other modules see it. {@code partnerCityId} links a partner city's administration (kind
 * {@link UnitKind#PARTNER_ADMINISTRATION}) to its city in the registry; it is empty for Berlin's own units and for
 * units below an administration.
 */
public record UnitRef(
        long id, Long parentId, UnitKind kind, String code, String nameDe, String nameEn, Long partnerCityId) {

    public UnitRef(long id, Long parentId, UnitKind kind, String code, String nameDe, String nameEn) {
        this(id, parentId, kind, code, nameDe, nameEn, null);
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameDe, nameEn);
    }
}
