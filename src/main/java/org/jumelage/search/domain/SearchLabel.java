package org.jumelage.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Locale;

/**
 * The name of a facet value ({@code city:12} is "Warschau" / "Warsaw"), kept by the search from what the modules
 * describe, so that a result page names its facets without asking another module.
 */
@org.jumelage.shared.Audited.Skip
@Entity
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("search-labels")
class SearchLabel {

    @Id
    private String token;

    @Column(name = "label_de")
    private String labelDe;

    @Column(name = "label_en")
    private String labelEn;

    protected SearchLabel() {}

    SearchLabel(String token, String labelDe, String labelEn) {
        this.token = token;
        this.labelDe = SearchEntry.cut(labelDe, 300);
        this.labelEn = SearchEntry.cut(labelEn, 300);
    }

    /** Takes the newer labels; whether anything changed. */
    boolean relabel(String de, String en) {
        String newDe = SearchEntry.cut(de, 300);
        String newEn = SearchEntry.cut(en, 300);
        if (newDe.equals(labelDe) && newEn.equals(labelEn)) {
            return false;
        }
        labelDe = newDe;
        labelEn = newEn;
        return true;
    }

    String token() {
        return token;
    }

    String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelDe;
    }
}
