package org.jumelage.partners;

import java.util.List;
import java.util.Locale;
import org.jumelage.shared.Localized;
import org.jumelage.shared.PartialDate;

/**
 * A partner city as the public may see it: its published relationships with their public parts only (no notes, no
 * contacts that are not marked public).
 *
 * @param id the registry's id of the city
 * @param slugEn the stable address segment in English ({@code moscow})
 * @param slugDe the address segment in German ({@code moskau})
 */
public record PublicCity(
        long id,
        String slugEn,
        String slugDe,
        String nameDe,
        String nameEn,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
        String nameLocal,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
        String nameLocalLang,

        String country,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
        Double latitude,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
        Double longitude,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
        String wikidataId,

        List<Relationship> relationships)
        implements SiteCity {

    /** The local name where it differs from the name in the reader's language. */
    public String localNameIfDifferent(Locale locale) {
        return nameLocal == null || nameLocal.equals(name(locale)) ? null : nameLocal;
    }

    /**
     * A published relationship of the city. {@code statusReason} is given only where it is not active; {@code holder}
     * only where one of our city's administrations holds it, not the city as a whole.
     */
    public record Relationship(
            RelationshipType type,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            Holder holder,

            RelationshipStatus status,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            PartialDate statusSince,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String statusReason,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            PartialDate firstInstrument,

            List<Instrument> instruments,
            List<Focus> focusAreas,
            List<Unit> units,
            List<Contact> contacts)
            implements Kind {}

    /** The administration of our city that holds a relationship (a district office, a Senate department). */
    public record Holder(long id, String nameDe, String nameEn) {

        public String name(Locale locale) {
            return Localized.pick(locale, nameDe, nameEn);
        }
    }

    public record Instrument(
            InstrumentKind kind,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            PartialDate signed,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String place) {}

    public record Focus(
            String code,
            String nameDe,
            String nameEn,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String detailDe,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String detailEn) {

        public String name(Locale locale) {
            return Localized.pick(locale, nameDe, nameEn);
        }

        public String detail(Locale locale) {
            return Localized.pick(locale, detailDe, detailEn);
        }
    }

    public record Unit(long id, String nameDe, String nameEn, ResponsibilityRole role) {

        public String name(Locale locale) {
            return Localized.pick(locale, nameDe, nameEn);
        }
    }

    public record Contact(
            String name,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String functionTitle,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String organisation,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String functionTitleEn,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String organisationEn,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String email,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String phone) {

        /** The function in the reader's language; the German one where no English one was written. */
        public String function(Locale locale) {
            return Localized.pick(locale, functionTitle, functionTitleEn);
        }

        public String organisation(Locale locale) {
            return Localized.pick(locale, organisation, organisationEn);
        }

        /** The language the function is shown in, for its {@code lang} where it is not the page's. */
        public String functionLanguage(Locale locale) {
            return Localized.shownLanguage(locale, functionTitleEn);
        }

        public String organisationLanguage(Locale locale) {
            return Localized.shownLanguage(locale, organisationEn);
        }
    }
}
