package org.jumelage.partners.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jumelage.partners.InstrumentKind;
import org.jumelage.shared.PartialDate;

/** A dated document a relationship rests on: an agreement, a joint declaration, a memorandum … */
@Entity
public class Instrument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "relationship_id")
    private Relationship relationship;

    @Enumerated(EnumType.STRING)
    private InstrumentKind kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "date", column = @Column(name = "signed_value")),
        @AttributeOverride(name = "precision", column = @Column(name = "signed_precision"))
    })
    private PartialDate signed;

    private String place;
    private String signatories;
    private String summary;
    private String source;

    protected Instrument() {}

    Instrument(Relationship relationship, InstrumentDetails details) {
        this.relationship = relationship;
        apply(details);
    }

    void apply(InstrumentDetails details) {
        this.kind = details.kind();
        this.signed = details.signed();
        this.place = details.place();
        this.signatories = details.signatories();
        this.summary = details.summary();
        this.source = details.source();
    }

    public InstrumentDetails details() {
        return new InstrumentDetails(kind, signed, place, signatories, summary, source);
    }

    public Long getId() {
        return id;
    }

    public InstrumentKind getKind() {
        return kind;
    }

    public PartialDate getSigned() {
        return signed;
    }

    public String getPlace() {
        return place;
    }

    public String getSignatories() {
        return signatories;
    }

    public String getSummary() {
        return summary;
    }

    public String getSource() {
        return source;
    }
}
