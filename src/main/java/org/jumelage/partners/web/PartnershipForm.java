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
        Long cityId,
        @Size(max = 200, message = "{validation.tooLong}") String nameDe,
        @Size(max = 200, message = "{validation.tooLong}") String nameEn,
        @Size(max = 200, message = "{validation.tooLong}") String nameLocal,

        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "{partnership.error.languageTag}")
        String nameLocalLang,

        String countryCode,

        @DecimalMin(value = "-90", message = "{partnership.error.latitude}")
        @DecimalMax(value = "90", message = "{partnership.error.latitude}")
        Double latitude,

        @DecimalMin(value = "-180", message = "{partnership.error.longitude}")
        @DecimalMax(value = "180", message = "{partnership.error.longitude}")
        Double longitude,

        @Pattern(regexp = "Q[1-9][0-9]*", message = "{partnership.error.wikidata}")
        String wikidataId,

        boolean region,
        @NotNull(message = "{validation.required}") RelationshipType type,
        Long holderUnitId,
        RelationshipStatus status,

        @Min(value = 1000, message = "{date.error.year}") @Max(value = 2999, message = "{date.error.year}")
        Integer sinceYear,

        @Min(value = 1, message = "{date.error.month}") @Max(value = 12, message = "{date.error.month}")
        Integer sinceMonth,

        @Min(value = 1, message = "{date.error.day}") @Max(value = 31, message = "{date.error.day}")
        Integer sinceDay,

        @Size(max = 1000, message = "{validation.tooLong}") String reason,
        @Size(max = 4000, message = "{validation.tooLong}") String notes,
        boolean publicVisible,
        Long version,
        Long cityVersion) {

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

    CityDetails city() {
        return new CityDetails(
                nameDe, nameEn, nameLocal, nameLocalLang, countryCode, latitude, longitude, wikidataId, region);
    }
}
