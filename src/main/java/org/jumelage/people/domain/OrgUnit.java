package org.jumelage.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jumelage.people.UnitKind;
import org.jumelage.people.UnitRef;

@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    private String code;

    @Column(name = "name_de")
    private String nameDe;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "partner_city_id")
    private Long partnerCityId;

    @Version
    private long version;

    protected OrgUnit() {}

    /** A partner city's administration, linked to the city in the registry. */
    static OrgUnit partnerAdministration(long partnerCityId, String code, String nameDe, String nameEn) {
        OrgUnit administration = new OrgUnit(null, UnitKind.PARTNER_ADMINISTRATION, code, nameDe, nameEn);
        administration.partnerCityId = partnerCityId;
        return administration;
    }

    public OrgUnit(Long parentId, UnitKind kind, String code, String nameDe, String nameEn) {
        if (parentId == null && !kind.isAdministration()) {
            throw new IllegalArgumentException("a unit needs an administration above it");
        }
        if (parentId != null && kind.isAdministration()) {
            throw new IllegalArgumentException("an administration stands at the top of its tree");
        }
        this.parentId = parentId;
        this.kind = kind;
        this.code = code;
        this.nameDe = nameDe;
        this.nameEn = nameEn;
    }

    public void rename(String nameDe, String nameEn) {
        this.nameDe = nameDe;
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public UnitKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public long getVersion() {
        return version;
    }

    UnitRef toRef() {
        return new UnitRef(id, parentId, kind, code, nameDe, nameEn, partnerCityId);
    }
}
