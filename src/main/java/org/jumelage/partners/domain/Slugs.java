package org.jumelage.partners.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable URL segments from names: "Brussels (Brussels-Capital Region)" becomes "brussels-brussels-capital-region". */
final class Slugs {

    private Slugs() {}

    /**
     * A German address segment: umlauts as German writes them without (ä → ae, ß → ss), without the bracketed part
     * of a name such as "Brüssel (Region Brüssel-Hauptstadt)".
     */
    static String german(String name) {
        String plain = name.replaceAll("\\s*\\(.*\\)", "")
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue")
                .replace("ß", "ss");
        return of(plain);
    }

    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return ascii.isEmpty() ? "city" : ascii;
    }
}
