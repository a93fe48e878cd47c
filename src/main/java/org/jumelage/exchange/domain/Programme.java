package org.jumelage.exchange.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jumelage.exchange.ProgrammeStatus;
import org.jumelage.shared.Localized;
import org.jumelage.shared.RuleViolation;

/** A staff exchange programme: what it is, who funds it, when it runs, which administrations take part. */
@Entity
@jakarta.persistence.EntityListeners(org.jumelage.search.SearchFeed.class)
@org.jumelage.search.SearchTopic("programme")
@Table(name = "exchange_programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "name_de")
    private String nameDe;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "description_de")
    private String descriptionDe;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "funding_de")
    private String fundingDe;

    @Column(name = "funding_en")
    private String fundingEn;

    @Column(name = "start_year")
    private Integer startYear;

    @Column(name = "end_year")
    private Integer endYear;

    @Enumerated(EnumType.STRING)
    private ProgrammeStatus status;

    @Column(name = "updated_at")
    private java.time.Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_administration", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "unit_id")
    private Set<Long> administrationIds = new HashSet<>();

    protected Programme() {}

    Programme(String code, ProgrammeDetails details, java.time.Instant now) {
        this.code = code;
        apply(details, now);
    }

    void apply(ProgrammeDetails details, java.time.Instant now) {
        if (details.startYear() != null && details.endYear() != null && details.endYear() < details.startYear()) {
            throw new RuleViolation("programme.error.period");
        }
        if (details.status() == ProgrammeStatus.ENDED && details.endYear() == null) {
            throw new RuleViolation("programme.error.endYear");
        }
        this.nameDe = details.nameDe();
        this.nameEn = details.nameEn();
        this.descriptionDe = details.descriptionDe();
        this.descriptionEn = details.descriptionEn();
        this.fundingDe = details.fundingDe();
        this.fundingEn = details.fundingEn();
        this.startYear = details.startYear();
        this.endYear = details.endYear();
        this.status = details.status();
        this.administrationIds.retainAll(details.administrationIds());
        this.administrationIds.addAll(details.administrationIds());
        this.updatedAt = now;
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameDe, nameEn);
    }

    public String description(Locale locale) {
        return Localized.pick(locale, descriptionDe, descriptionEn);
    }

    public String funding(Locale locale) {
        return Localized.pick(locale, fundingDe, fundingEn);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameDe() {
        return nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getFundingDe() {
        return fundingDe;
    }

    public String getFundingEn() {
        return fundingEn;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public java.time.Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<Long> getAdministrationIds() {
        return Set.copyOf(administrationIds);
    }
}
