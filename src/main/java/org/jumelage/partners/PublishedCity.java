package org.jumelage.partners;

import java.util.List;
import org.jumelage.shared.PartialDate;

/**
 * A city with at least one published relationship, as the public site's lists and map show it: names, address
 * segments, position and what kinds of relationship it has, without their parts (a city's page reads those, see
 * {@link PartnerDirectory#publishedCity}).
 *
 * @param slugEn the stable address segment in English ({@code moscow})
 * @param slugDe the address segment in German ({@code moskau})
 */
public record PublishedCity(
        long id,
        String slugEn,
        String slugDe,
        String nameDe,
        String nameEn,
        String country,
        Double latitude,
        Double longitude,
        List<Listing> relationships)
        implements SiteCity {

    /**
     * One published relationship: its kind, who holds it ({@code null}: the city as a whole), status and first
     * instrument, and the units cooperating closely.
     */
    public record Listing(
            RelationshipType type,
            PublicCity.Holder holder,
            RelationshipStatus status,
            PartialDate firstInstrument,
            List<PublicCity.Unit> cooperation)
            implements Kind {}
}
