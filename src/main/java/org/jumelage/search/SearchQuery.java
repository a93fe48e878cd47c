package org.jumelage.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person searches for: words (at most {@link #MAX_WORDS}, each found also with one typo), the facet values
 * chosen (a kind, a city, a theme, …: one per facet), and the page.
 */
public record SearchQuery(String text, Map<String, String> chosen, int page, int size) {

    /** The facets a result can be narrowed by, as they appear in addresses: {@code ?kind=activity&city=12}. */
    public static final List<String> FACETS = List.of("kind", "city", "theme", "unit", "year", "status");

    public static final int MAX_WORDS = 8;
    public static final int MAX_LENGTH = 200;

    /** Hits beyond this many are not paged to (a page further on would make the index rank that many). */
    public static final int MAX_OFFSET = 10_000;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        Map<String, String> kept = new LinkedHashMap<>();
        if (chosen != null) {
            chosen.forEach((facet, value) -> {
                if (FACETS.contains(facet) && value != null && value.matches("[\\p{Alnum}_.-]{1,60}")) {
                    kept.put(facet, value);
                }
            });
        }
        chosen = Map.copyOf(kept);
        size = Math.clamp(size, 1, 50);
        page = Math.clamp(page, 0, MAX_OFFSET / size);
    }

    /** The query an address asks for: {@code q}, the facets' parameters ({@link #FACETS}) and {@code page}. */
    public static SearchQuery of(Map<String, String> parameters, int size) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String facet : FACETS) {
            String value = parameters.get(facet);
            if (value != null && !value.isBlank()) {
                chosen.put(facet, value);
            }
        }
        int page;
        try {
            page = Integer.parseInt(parameters.getOrDefault("page", "0"));
        } catch (NumberFormatException e) {
            page = 0;
        }
        return new SearchQuery(parameters.get("q"), chosen, page, size);
    }

    /** The words searched for (letters and digits of the text, at most {@link #MAX_WORDS}). */
    public List<String> words() {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isBlank())
                .limit(MAX_WORDS)
                .toList();
    }

    /** Whether there is anything to search: words, or a facet chosen. */
    public boolean isEmpty() {
        return words().isEmpty() && chosen.isEmpty();
    }
}
