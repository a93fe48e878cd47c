package org.jumelage.search.domain;

import org.jumelage.search.SearchDocument;

/** What a result page shows of an entry (read by {@link SearchEntryRepository#findHitRows}). */
public record SearchHitRow(
        Long id,
        String topic,
        SearchDocument.Variant variant,
        String titleDe,
        String titleEn,
        String officePath,
        String pathDe,
        String pathEn,
        String start) {

    public SearchHitRow {
        start = start == null ? "" : start;
    }
}
