package org.jumelage.publicweb;

import java.net.URI;
import org.jumelage.shared.SiteProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * What the open-data catalogue says of the datasets besides the data (DCAT-AP.de, docs/adr/0026-open-data.md). Set
 * under {@code jumelage.open-data.*}; the defaults in {@code application.properties} describe Berlin.
 *
 * @param licence the licence of every dataset, from the DCAT-AP.de licence list (Datenlizenz Deutschland –
 *     Namensnennung 2.0 unless set)
 * @param licenceName its name, in German and English
 * @param licencePage where a person reads the licence
 * @param attribution the name a user of the data must give ({@code dcatde:licenseAttributionByText})
 * @param publisher the body that publishes the data, in German and English
 * @param politicalGeocoding the area the publisher is responsible for (DCAT-AP.de political geocoding: Berlin's state
 *     key unless set)
 * @param politicalGeocodingLevel that area's level (state, district, municipality)
 * @param contributor the publisher's identifier at GovData ({@code dcatde:contributorID}); empty: not stated
 */
@ConfigurationProperties("jumelage.open-data")
record OpenDataProperties(
        URI licence,
        @NestedConfigurationProperty SiteProperties.Text licenceName,
        URI licencePage,
        String attribution,
        @NestedConfigurationProperty SiteProperties.Text publisher,
        URI politicalGeocoding,
        URI politicalGeocodingLevel,
        URI contributor) {}
