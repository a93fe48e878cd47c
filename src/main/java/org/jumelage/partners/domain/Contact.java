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
import org.jumelage.partners.ContactSide;

/** A contact person on either side of a relationship. Personal data: public only where marked so. */
@Entity
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "relationship_id")
    private Relationship relationship;

    @Enumerated(EnumType.STRING)
    private ContactSide side;

    @org.jumelage.shared.Audited.Personal
    private String name;

    @Column(name = "function_title")
    private String functionTitle;

    private String organisation;

    /** The function and organisation in English where they differ (V28); otherwise {@code null}. */
    @Column(name = "function_title_en")
    private String functionTitleEn;

    @Column(name = "organisation_en")
    private String organisationEn;

    @org.jumelage.shared.Audited.Personal
    private String email;

    @org.jumelage.shared.Audited.Personal
    private String phone;

    private String languages;

    @Column(name = "public_visible")
    private boolean publicVisible;

    protected Contact() {}

    Contact(Relationship relationship, ContactDetails details) {
        this.relationship = relationship;
        this.side = details.side();
        this.name = details.name();
        this.functionTitle = details.functionTitle();
        this.organisation = details.organisation();
        this.functionTitleEn = details.functionTitleEn();
        this.organisationEn = details.organisationEn();
        this.email = details.email();
        this.phone = details.phone();
        this.languages = details.languages();
        this.publicVisible = details.publicVisible();
    }

    Relationship relationship() {
        return relationship;
    }

    public Long getId() {
        return id;
    }

    public ContactSide getSide() {
        return side;
    }

    public String getName() {
        return name;
    }

    public String getFunctionTitle() {
        return functionTitle;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getFunctionTitleEn() {
        return functionTitleEn;
    }

    public String getOrganisationEn() {
        return organisationEn;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguages() {
        return languages;
    }

    public boolean isPublicVisible() {
        return publicVisible;
    }
}
