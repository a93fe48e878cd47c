package org.jumelage.partners.domain;

import java.time.Instant;
import org.jumelage.partners.InstrumentKind;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.shared.PartialDate;

/** Object mother: relationships as a test needs them, without a database. */
final class TestRelationships {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private TestRelationships() {}

    static City city(String nameEn) {
        return new City(Slugs.of(nameEn), new CityDetails(nameEn, nameEn, null, null, "FR", 48.85, 2.35, null, false));
    }

    static Relationship partnershipSince(String cityName, String firstInstrument) {
        PartialDate date = PartialDate.parse(firstInstrument);
        Relationship relationship = new Relationship(
                city(cityName),
                RelationshipType.CITY_PARTNERSHIP,
                null,
                RelationshipStatus.ACTIVE,
                date,
                "signed",
                null,
                true,
                "tester",
                NOW);
        relationship.addInstrument(
                new InstrumentDetails(InstrumentKind.JOINT_DECLARATION, date, null, null, null, null), "tester", NOW);
        return relationship;
    }
}
