package org.jumelage.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.jumelage.shared.Localized;

/** A term of the translated focus-area vocabulary (culture, transport, climate …). */
@Entity
@Table(name = "focus_area")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("registry")
public class FocusArea {

    @Id
    private String code;

    @Column(name = "name_de")
    private String nameDe;

    @Column(name = "name_en")
    private String nameEn;

    protected FocusArea() {}

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameDe, nameEn);
    }
}
