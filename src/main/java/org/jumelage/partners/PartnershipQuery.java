package org.jumelage.partners;

import java.util.Locale;

/**
 * The filters, sort order and page of the registry list; the same in the back office, the CSV export and the
 * public API. Every field may be {@code null}: no filter. {@code unit} finds the relationships a unit (or one below
 * it) is responsible for; {@code holder} those the city as a whole, or one of its administrations, holds.
 */
public record PartnershipQuery(
        RelationshipType type,
        RelationshipStatus status,
        String country,
        String focus,
        Long unit,
        HeldBy holder,
        String q,
        Sort sort,
        Boolean descending,
        Integer page,
        Integer size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public enum Sort {
        CITY,
        COUNTRY,
        TYPE,
        STATUS,
        SINCE
    }

    public static PartnershipQuery all() {
        return new PartnershipQuery(null, null, null, null, null, null, null, null, null, null, null);
    }

    public Sort sortOrDefault() {
        return sort == null ? Sort.CITY : sort;
    }

    public boolean isDescending() {
        return Boolean.TRUE.equals(descending);
    }

    public int pageOrFirst() {
        return page == null || page < 0 ? 0 : page;
    }

    public int sizeOrDefault() {
        if (size == null || size < 1) {
            return DEFAULT_SIZE;
        }
        return Math.min(size, MAX_SIZE);
    }

    public String normalisedText() {
        return q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
    }

    public String normalisedCountry() {
        return country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    public String normalisedFocus() {
        return focus == null || focus.isBlank() ? null : focus.strip();
    }

    public PartnershipQuery withPage(int newPage) {
        return new PartnershipQuery(type, status, country, focus, unit, holder, q, sort, descending, newPage, size);
    }

    public PartnershipQuery withSize(int newSize) {
        return new PartnershipQuery(type, status, country, focus, unit, holder, q, sort, descending, page, newSize);
    }

    public PartnershipQuery withSort(Sort newSort, boolean newDescending) {
        return new PartnershipQuery(type, status, country, focus, unit, holder, q, newSort, newDescending, null, size);
    }
}
