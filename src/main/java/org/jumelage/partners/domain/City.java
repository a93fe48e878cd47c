package org.jumelage.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Locale;
import org.jumelage.shared.Localized;

/** A city somewhere in the world with which our city may have relationships. */
@Entity
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("registry")
public class City {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    @Column(name = "name_de")
    private String nameDe;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "name_local")
    private String nameLocal;

    @Column(name = "name_local_lang")
    private String nameLocalLang;

    @Column(name = "country_code")
    private String countryCode;

    private Double latitude;
    private Double longitude;

    @Column(name = "wikidata_id")
    private String wikidataId;

    private boolean region;

    @Version
    private long version;

    protected City() {}

    City(String slug, CityDetails details) {
        this.slug = slug;
        apply(details);
    }

    void apply(CityDetails details) {
        this.nameDe = details.nameDe();
        this.nameEn = details.nameEn();
        this.nameLocal = details.nameLocal();
        this.nameLocalLang = details.nameLocalLang();
        this.countryCode = details.countryCode();
        this.latitude = details.latitude();
        this.longitude = details.longitude();
        this.wikidataId = details.wikidataId();
        this.region = details.region();
    }

    public CityDetails details() {
        return new CityDetails(
                nameDe, nameEn, nameLocal, nameLocalLang, countryCode, latitude, longitude, wikidataId, region);
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameDe, nameEn);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getNameDe() {
        return nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameLocal() {
        return nameLocal;
    }

    public String getNameLocalLang() {
        return nameLocalLang;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getWikidataId() {
        return wikidataId;
    }

    public boolean isRegion() {
        return region;
    }

    public long getVersion() {
        return version;
    }
}
