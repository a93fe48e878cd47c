package org.jumelage.partners;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The "held by" filter of the registry list: the relationships the city holds as a whole ({@code city}), or those
 * one of its administrations holds (the unit's id). In addresses it is written as {@link #toString()}.
 *
 * @param unitId the holding administration, or {@code null} for the city as a whole
 */
@Schema(
        type = "string",
        description = "Who holds the relationship on the city's side: 'city' for the city as a whole, or the id of"
                + " one of its administrations (a district office, a Senate department)",
        example = "city")
public record HeldBy(Long unitId) {

    public static final String WHOLE_CITY_VALUE = "city";

    public static final HeldBy WHOLE_CITY = new HeldBy(null);

    public static HeldBy unit(long unitId) {
        return new HeldBy(unitId);
    }

    /**
     * Reads the filter from an address: {@code city}, or a unit id. Empty means no filter ({@code null}); anything
     * else is refused, so that a mistyped filter is not silently ignored.
     */
    public static HeldBy valueOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (WHOLE_CITY_VALUE.equals(value)) {
            return WHOLE_CITY;
        }
        if (!value.matches("[1-9][0-9]{0,17}")) {
            throw new IllegalArgumentException("not a holder: " + value);
        }
        return unit(Long.parseLong(value));
    }

    public boolean wholeCity() {
        return unitId == null;
    }

    /** Whether the filter names this administration. */
    public boolean is(long id) {
        return unitId != null && unitId == id;
    }

    @Override
    public String toString() {
        return wholeCity() ? WHOLE_CITY_VALUE : unitId.toString();
    }
}
