package org.jumelage.partners;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jumelage.shared.Localized;

/** The registry's cities, networks and focus areas, for other modules that refer to them by id or code. */
public interface PartnerCatalog {

    /** A city of the registry, public or not. */
    record CityRef(long id, String slug, String nameDe, String nameEn, String countryCode) {
        public String name(Locale locale) {
            return Localized.pick(locale, nameDe, nameEn);
        }
    }

    /** A network of cities. */
    record NetworkRef(long id, String name) {}

    /** A term of the focus-area vocabulary, which activities use as their themes. */
    record FocusRef(String code, String nameDe, String nameEn) {
        public String name(Locale locale) {
            return Localized.pick(locale, nameDe, nameEn);
        }
    }

    /**
     * Every city (by German name and by id), network and focus area as one set, kept until the registry changes: a
     * page that needs several of them asks once (one look-up of the change counter), not once per list.
     */
    record Lists(
            List<CityRef> cities,
            java.util.Map<Long, CityRef> citiesById,
            List<NetworkRef> networks,
            List<FocusRef> focusAreas) {}

    Lists lists();

    /** Every city, by German name. */
    List<CityRef> cities();

    Optional<CityRef> city(long id);

    /** Every city by id, kept like {@link #cities()}. */
    java.util.Map<Long, CityRef> citiesById();

    /** The cities of the given ids that exist, by id: one query for a page of records that name cities. */
    java.util.Map<Long, CityRef> cities(java.util.Collection<Long> ids);

    List<NetworkRef> networks();

    List<FocusRef> focusAreas();
}
