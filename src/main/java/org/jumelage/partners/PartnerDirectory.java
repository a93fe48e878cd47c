package org.jumelage.partners;

import java.util.List;

/** Read access to the registry for other modules and the public API: published relationships only. */
public interface PartnerDirectory {

    /** Relationships marked public that match the query's filters, sorted as it asks; paging is ignored. */
    List<PartnershipSummary> published(PartnershipQuery query);

    /** Every city with at least one published relationship, with what the public may see of it, by German name. */
    List<PublicCity> publishedCities();

    /** When anything the public sees last changed, for caches ({@code Last-Modified}); empty without data. */
    java.util.Optional<java.time.Instant> lastPublishedChange();

    /** A value that changes with every change to the registry, whatever the clocks say; for ETags and caches. */
    String changeStamp();
}
