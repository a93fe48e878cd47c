package org.jumelage.partners.web;

import org.jumelage.partners.PartnershipQuery;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds the list's links (pages, sort headers, export) so that each keeps every filter in the URL. */
public record QueryLinks(PartnershipQuery query) {

    public String page(int page) {
        return build(query.withPage(page), "/office/partnerships");
    }

    public String sort(String sort) {
        return sort(PartnershipQuery.Sort.valueOf(sort));
    }

    public String ariaSort(String sort) {
        return ariaSort(PartnershipQuery.Sort.valueOf(sort));
    }

    String sort(PartnershipQuery.Sort sort) {
        boolean descending = query.sortOrDefault() == sort && !query.isDescending();
        return build(query.withSort(sort, descending), "/office/partnerships");
    }

    /** {@code ascending}, {@code descending} or {@code none}, for aria-sort. */
    String ariaSort(PartnershipQuery.Sort sort) {
        if (query.sortOrDefault() != sort) {
            return "none";
        }
        return query.isDescending() ? "descending" : "ascending";
    }

    public String export() {
        return build(query.withPage(0), "/office/partnerships/export.csv");
    }

    public String exportXlsx() {
        return build(query.withPage(0), "/office/partnerships/export.xlsx");
    }

    private static String build(PartnershipQuery query, String path) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        add(builder, "type", query.type());
        add(builder, "status", query.status());
        add(builder, "country", query.country());
        add(builder, "focus", query.focus());
        add(builder, "unit", query.unit());
        add(builder, "holder", query.holder());
        add(builder, "q", query.q());
        if (query.sort() != null) {
            builder.queryParam("sort", query.sort());
        }
        if (query.isDescending()) {
            builder.queryParam("descending", true);
        }
        if (query.page() != null && query.page() > 0) {
            builder.queryParam("page", query.page());
        }
        if (query.size() != null) {
            builder.queryParam("size", query.size());
        }
        return builder.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder builder, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            builder.queryParam(name, value);
        }
    }
}
