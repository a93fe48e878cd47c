package org.jumelage.partners;

import java.util.List;

/** Read access to the registry for other modules and the public API: published relationships only. */
public interface PartnerDirectory {

    /** A page of the relationships marked public that match the query's filters, sorted as it asks. */
    org.springframework.data.domain.Page<PartnershipSummary> published(PartnershipQuery query);

    /**
     * Every city with at least one published relationship, without the relationships' parts, by German name. Kept
     * until the registry changes: cheap to ask on every request.
     */
    List<PublishedCity> publishedCities();

    /** One published city with everything the public may see of it, by its address segment in that language. */
    java.util.Optional<PublicCity> publishedCity(String slug, java.util.Locale locale);

    /** When anything the public sees last changed, for caches ({@code Last-Modified}); empty without data. */
    java.util.Optional<java.time.Instant> lastPublishedChange();

    /** A value that changes with every change to the registry, whatever the clocks say; for ETags and caches. */
    String changeStamp();
}
