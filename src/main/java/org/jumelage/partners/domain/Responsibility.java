package org.jumelage.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Locale;
import org.jumelage.partners.ResponsibilityRole;
import org.jumelage.shared.Localized;

/** A unit of the city's administration that holds, or works on, a relationship. */
@Entity
public class Responsibility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "relationship_id")
    private Relationship relationship;

    @Column(name = "unit_id")
    private Long unitId;

    @Enumerated(EnumType.STRING)
    private ResponsibilityRole role;

    @Column(name = "note_de")
    private String noteDe;

    @Column(name = "note_en")
    private String noteEn;

    protected Responsibility() {}

    Responsibility(Relationship relationship, long unitId, ResponsibilityRole role, String noteDe, String noteEn) {
        this.relationship = relationship;
        this.unitId = unitId;
        this.role = role;
        this.noteDe = noteDe;
        this.noteEn = noteEn;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public ResponsibilityRole getRole() {
        return role;
    }

    public String note(Locale locale) {
        return Localized.pick(locale, noteDe, noteEn);
    }
}
