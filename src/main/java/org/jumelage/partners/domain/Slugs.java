package org.jumelage.partners.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable URL segments from names: "Brussels (Brussels-Capital Region)" becomes "brussels-brussels-capital-region". */
final class Slugs {

    private Slugs() {}

    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return ascii.isEmpty() ? "city" : ascii;
    }
}
