package org.jumelage.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of a result page: the same search with a facet value chosen or let go, and the next or previous
 * page. Built here, once, for the office's and the public site's search.
 */
public record SearchLinks(String base, SearchQuery query) {

    /** The search with this facet value chosen (or, when it is chosen, let go), from its first page. */
    public String toggle(String facet, String value) {
        Map<String, String> chosen = new LinkedHashMap<>(query.chosen());
        if (value.equals(chosen.get(facet))) {
            chosen.remove(facet);
        } else {
            chosen.put(facet, value);
        }
        return build(chosen, 0);
    }

    /** The search without any facet chosen. */
    public String clear() {
        return build(Map.of(), 0);
    }

    public String page(int page) {
        return build(query.chosen(), page);
    }

    private String build(Map<String, String> chosen, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
        if (!query.text().isEmpty()) {
            uri.queryParam("q", query.text());
        }
        for (String facet : SearchQuery.FACETS) {
            if (chosen.containsKey(facet)) {
                uri.queryParam(facet, chosen.get(facet));
            }
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
