package org.jumelage.partners;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The public face of a relationship: what the public API and the public website may show. Never contacts, notes or
 * anything internal.
 *
 * @param firstInstrument ISO 8601 in the precision known ({@code 1990}, {@code 2017-03}, {@code 1990-11-12})
 */
public record PartnershipSummary(
        long id,
        String slug,
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

        RelationshipType type,
        RelationshipStatus status,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
        String statusSince,

        @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
        String firstInstrument,

        List<String> focusAreas,

        @Schema(
                description = "The administration of the city that holds the relationship, in German (a district"
                        + " office, a Senate department); null when the city as a whole holds it",
                nullable = true)
        String holderNameDe,

        @Schema(description = "The same in English; null when the city as a whole holds it", nullable = true)
        String holderNameEn) {}
