package org.jumelage.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the number of all hits, and per facet the values found among them with their counts: all of it
 * only from documents the person may see.
 */
public record SearchResults(
        SearchQuery query, List<Hit> hits, long total, Map<String, List<FacetCount>> facets, boolean indexReady) {

    /**
     * One hit: its kind (a topic), title, where it opens, and a snippet, escaped HTML with the matched words in
     * {@code <mark>}.
     */
    public record Hit(String kind, String title, String path, String snippetHtml, String lang) {}

    /** A facet value among the hits: how many hits have it, and whether it is the one chosen. */
    public record FacetCount(String value, String label, long count, boolean chosen) {}

    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + query.size() - 1) / query.size());
    }

    public boolean hasNext() {
        return query.page() + 1 < pages();
    }

    public boolean hasPrevious() {
        return query.page() > 0;
    }
}
