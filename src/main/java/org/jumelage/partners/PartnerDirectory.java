package org.jumelage.partners;

import java.util.List;

/** Read access to the registry for other modules and the public API: published relationships only. */
public interface PartnerDirectory {

    /** Relationships marked public that match the query's filters, sorted as it asks; paging is ignored. */
    List<PartnershipSummary> published(PartnershipQuery query);
}
