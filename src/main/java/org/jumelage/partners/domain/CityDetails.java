package org.jumelage.partners.domain;

/** What describes a city; the form and the demo data both speak in these. */
public record CityDetails(
        String nameDe,
        String nameEn,
        String nameLocal,
        String nameLocalLang,
        String countryCode,
        Double latitude,
        Double longitude,
        String wikidataId,
        boolean region) {}
