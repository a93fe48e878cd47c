package org.jumelage.partners.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.domain.CityDetails;
import org.jumelage.partners.domain.Relationship;

/**
 * Create and edit form of a relationship. On creation the city is either chosen ({@code cityId}) or described in
 * the city fields; on editing the city fields always describe the relationship's city. {@code holderUnitId} is empty
 * for the city as a whole, or one of its administrations (RegistryService checks which may hold one).
 */
record PartnershipForm(
        @io.swagger.v3.oas.annotations.media.Schema(
                nullable = true,
                description = "An existing city; else the city fields describe a new one")
        Long cityId,

        @Size(max = 200, message = "{validation.tooLong}") String nameDe,
        @Size(max = 200, message = "{validation.tooLong}") String nameEn,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true) @Size(max = 200, message = "{validation.tooLong}")
        String nameLocal,

        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "{partnership.error.languageTag}")
        @Size(max = 20, message = "{validation.tooLong}")
        @io.swagger.v3.oas.annotations.media.Schema(
                nullable = true,
                description = "BCP 47 language tag of the local name")
        String nameLocalLang,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "ISO 3166-1 alpha-2", example = "PL")
        String countryCode,

        @DecimalMin(value = "-90", message = "{partnership.error.latitude}")
        @DecimalMax(value = "90", message = "{partnership.error.latitude}")
        Double latitude,

        @DecimalMin(value = "-180", message = "{partnership.error.longitude}")
        @DecimalMax(value = "180", message = "{partnership.error.longitude}")
        Double longitude,

        @Pattern(regexp = "Q[1-9][0-9]*", message = "{partnership.error.wikidata}")
        @Size(max = 20, message = "{validation.tooLong}")
        @io.swagger.v3.oas.annotations.media.Schema(nullable = true, example = "Q270")
        String wikidataId,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "Absent means false")
        Boolean region,

        @NotNull(message = "{validation.required}") RelationshipType type,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "Null for the city as a whole")
        Long holderUnitId,

        @io.swagger.v3.oas.annotations.media.Schema(
                nullable = true,
                description = "Required when creating; an edit keeps the status")
        RelationshipStatus status,

        @Min(value = 1000, message = "{date.error.year}") @Max(value = 2999, message = "{date.error.year}")
        Integer sinceYear,

        @Min(value = 1, message = "{date.error.month}") @Max(value = 12, message = "{date.error.month}")
        Integer sinceMonth,

        @Min(value = 1, message = "{date.error.day}") @Max(value = 31, message = "{date.error.day}")
        Integer sinceDay,

        @io.swagger.v3.oas.annotations.media.Schema(
                nullable = true,
                description = "Why the relationship has its status (creating only)")
        @Size(max = 1000, message = "{validation.tooLong}")
        String reason,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true) @Size(max = 4000, message = "{validation.tooLong}")
        String notes,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "Absent means false")
        Boolean publicVisible,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "As read; required for an edit")
        Long version,

        @io.swagger.v3.oas.annotations.media.Schema(
                nullable = true,
                description = "As read; required to change the city")
        Long cityVersion)
        implements java.io.Serializable {

    /**
     * A checkbox that is not ticked sends nothing: absent is false (a primitive here would make a form without it
     * fail to bind at all).
     */
    PartnershipForm {
        region = Boolean.TRUE.equals(region);
        publicVisible = Boolean.TRUE.equals(publicVisible);
    }

    static PartnershipForm empty() {
        return new PartnershipForm(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                RelationshipType.CITY_PARTNERSHIP,
                null,
                RelationshipStatus.ACTIVE,
                null,
                null,
                null,
                null,
                null,
                true,
                null,
                null);
    }

    static PartnershipForm of(Relationship relationship) {
        CityDetails city = relationship.getCity().details();
        return new PartnershipForm(
                relationship.getCity().getId(),
                city.nameDe(),
                city.nameEn(),
                city.nameLocal(),
                city.nameLocalLang(),
                city.countryCode(),
                city.latitude(),
                city.longitude(),
                city.wikidataId(),
                city.region(),
                relationship.getType(),
                relationship.getHolderUnitId(),
                relationship.getStatus(),
                null,
                null,
                null,
                null,
                relationship.getNotes(),
                relationship.isPublicVisible(),
                relationship.getVersion(),
                relationship.getCity().getVersion());
    }

    boolean describesNewCity() {
        return cityId == null;
    }

    /**
     * The checks of a new relationship beyond the fields' own: a new city's fields, a status, a valid date of it.
     * The page and the API check alike.
     *
     * @return the status's date, if one was given and it is valid
     */
    org.jumelage.shared.PartialDate checkNew(org.springframework.validation.BindingResult errors) {
        if (describesNewCity()) {
            checkCity(errors);
        }
        if (status == null) {
            errors.rejectValue("status", "validation.required");
        }
        return PartialDates.read(sinceYear, sinceMonth, sinceDay, "sinceYear", errors);
    }

    /** The city's fields: both names, a valid country, both coordinates or none. */
    void checkCity(org.springframework.validation.BindingResult errors) {
        if (nameDe == null) {
            errors.rejectValue("nameDe", "validation.required");
        }
        if (nameEn == null) {
            errors.rejectValue("nameEn", "validation.required");
        }
        if (countryCode == null) {
            errors.rejectValue("countryCode", "validation.required");
        } else if (!org.jumelage.shared.Countries.isValid(countryCode)) {
            errors.rejectValue("countryCode", "partnership.error.country");
        }
        if ((latitude == null) != (longitude == null)) {
            errors.rejectValue("latitude", "partnership.error.coordinatesBoth");
        }
    }

    /** Records the new relationship the form describes (checked), for the page and the API alike. */
    org.jumelage.partners.domain.Relationship createIn(
            org.jumelage.partners.domain.RegistryService registry, org.jumelage.shared.PartialDate since) {
        return registry.create(
                cityId, city(), type, holderUnitId, status, since, reason == null ? "—" : reason, notes, publicVisible);
    }

    /** Saves the form's values over the relationship, as loaded at the form's versions. */
    void editIn(org.jumelage.partners.domain.RegistryService registry, long id) {
        registry.edit(id, version, cityVersion, city(), type, holderUnitId, notes, publicVisible);
    }

    CityDetails city() {
        return new CityDetails(
                nameDe, nameEn, nameLocal, nameLocalLang, countryCode, latitude, longitude, wikidataId, region);
    }
}
