package org.jumelage.search;

/**
 * A value a document can be narrowed by, with its labels in German and English (the index keeps them, so that the
 * result page names a facet without asking the module it came from).
 */
public record SearchFacet(Dimension dimension, String key, String labelDe, String labelEn) {

    /** What a facet narrows by. */
    public enum Dimension {
        CITY,
        THEME,
        UNIT,
        YEAR,
        STATUS
    }

    public SearchFacet {
        if (key == null || key.isBlank() || key.contains(" ")) {
            throw new IllegalArgumentException("A facet key is one word: " + key);
        }
        labelEn = labelEn == null || labelEn.isBlank() ? labelDe : labelEn;
    }

    public static SearchFacet year(int year) {
        return new SearchFacet(Dimension.YEAR, Integer.toString(year), Integer.toString(year), null);
    }

    /** The facet as the index keeps it: {@code city:12}. */
    public String token() {
        return dimension.name().toLowerCase(java.util.Locale.ROOT) + ":" + key;
    }
}
