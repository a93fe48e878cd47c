package org.jumelage.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import org.jumelage.shared.Localized;

/** A focus area of a relationship over a span of years, with an optional free-text detail in both languages. */
@Entity
@Table(name = "relationship_focus")
public class FocusEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "relationship_id")
    private Relationship relationship;

    @ManyToOne(optional = false)
    @JoinColumn(name = "focus_code")
    private FocusArea area;

    @Column(name = "detail_de")
    private String detailDe;

    @Column(name = "detail_en")
    private String detailEn;

    @Column(name = "since_year")
    private Integer sinceYear;

    @Column(name = "until_year")
    private Integer untilYear;

    protected FocusEntry() {}

    FocusEntry(
            Relationship relationship,
            FocusArea area,
            String detailDe,
            String detailEn,
            Integer sinceYear,
            Integer untilYear) {
        this.relationship = relationship;
        this.area = area;
        this.detailDe = detailDe;
        this.detailEn = detailEn;
        this.sinceYear = sinceYear;
        this.untilYear = untilYear;
    }

    public Long getId() {
        return id;
    }

    public FocusArea getArea() {
        return area;
    }

    public String detail(Locale locale) {
        return Localized.pick(locale, detailDe, detailEn);
    }

    public Integer getSinceYear() {
        return sinceYear;
    }

    public Integer getUntilYear() {
        return untilYear;
    }

    public boolean isCurrent(int year) {
        return untilYear == null || untilYear >= year;
    }
}
