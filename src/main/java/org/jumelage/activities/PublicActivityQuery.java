package org.jumelage.activities;

/**
 * The public API's filters, order and page over the public activities; every field may be {@code null}: no filter.
 *
 * @param city a partner city's address segment on the public site (the English one, as in the open data)
 * @param from the first year: activities that end in it or later
 * @param to the last year: activities that begin in it or earlier
 * @param descending latest first (by start date); otherwise earliest first
 */
public record PublicActivityQuery(
        String city,
        ActivityType type,

        @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(9999)
        Integer from,

        @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(9999)
        Integer to,

        Boolean descending,

        @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(100_000)
        Integer page,

        Integer size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 200;

    public int pageOrFirst() {
        return page == null || page < 0 ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public boolean isDescending() {
        return Boolean.TRUE.equals(descending);
    }
}
