package org.jumelage.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.people.Organisation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application starts on an empty database, migrates it and loads Berlin's demo data: every row of the reference
 * data and every fact of the specification page. Runs on H2 and, in CI, on PostgreSQL.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
class DemoDataTests {

    @Autowired
    RegistryService registry;

    @Autowired
    PartnerDirectory directory;

    @Autowired
    Organisation organisation;

    @Autowired
    List<ApplicationRunner> runners;

    private List<Relationship> all(RelationshipType type) {
        return registry.searchAll(
                new PartnershipQuery(type, null, null, null, null, null, null, null, null, null, null), Locale.GERMAN);
    }

    private List<String> namesEn(RelationshipType type) {
        return all(type).stream().map(r -> r.getCity().getNameEn()).toList();
    }

    @Test
    void everyRowOfTheReferenceDataIsInTheRegistry() {
        assertThat(registry.cities()).hasSize(25);
        assertThat(namesEn(RelationshipType.CITY_PARTNERSHIP))
                .hasSize(19)
                .contains(
                        "Los Angeles",
                        "Mexico City",
                        "Buenos Aires",
                        "Paris",
                        "Madrid",
                        "London",
                        "Brussels (Brussels-Capital Region)",
                        "Istanbul",
                        "Budapest",
                        "Jakarta",
                        "Tashkent",
                        "Moscow",
                        "Warsaw",
                        "Prague",
                        "Beijing",
                        "Tokyo",
                        "Windhoek",
                        "Kyiv",
                        "Tel Aviv");
        assertThat(namesEn(RelationshipType.TECHNICAL_EXCHANGE))
                .containsExactlyInAnyOrder("Amsterdam", "Vienna", "Barcelona", "Madrid", "Guangzhou", "Johannesburg");
        assertThat(namesEn(RelationshipType.PROJECT_PARTNERSHIP)).containsExactly("Helsinki");
    }

    @Test
    void moscowRestsSince2022AndHelsinkiEndedIn2014() {
        var moscow = directory
                .published(new PartnershipQuery(
                        RelationshipType.CITY_PARTNERSHIP,
                        RelationshipStatus.DORMANT,
                        "RU",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .getContent()
                .getFirst();
        assertThat(moscow.statusSince()).isEqualTo("2022");
        assertThat(moscow.firstInstrument()).isEqualTo("1990-11-12");
        Relationship detail = registry.get(moscow.id());
        assertThat(detail.instrumentsInOrder()).hasSize(3);
        assertThat(detail.statusHistory())
                .last()
                .satisfies(change -> assertThat(change.getReason()).contains("ruht seit 2022"));
        var helsinki = all(RelationshipType.PROJECT_PARTNERSHIP).getFirst();
        assertThat(helsinki.getStatus()).isEqualTo(RelationshipStatus.ENDED);
        assertThat(helsinki.getStatusSince().toIsoString()).isEqualTo("2014");
    }

    @Test
    void theEnvironmentDepartmentCooperatesAsTheSpecificationPageSays() {
        long environment = organisation.unitByCode("SENUVK").orElseThrow().id();
        var cooperation = registry
                .searchAll(
                        new PartnershipQuery(null, null, null, null, environment, null, null, null, null, null, null),
                        Locale.ENGLISH)
                .stream()
                .filter(r -> r.getType() == RelationshipType.CITY_PARTNERSHIP)
                .map(r -> r.getCity().getNameEn())
                .toList();
        assertThat(cooperation)
                .containsExactlyInAnyOrder(
                        "Paris", "Moscow", "Brussels (Brussels-Capital Region)", "Prague", "Warsaw", "London");
        assertThat(organisation.unitByCode("SENSW")).isPresent();
        assertThat(organisation.unitByCode("SKZL-EUI")).isPresent();
        // Berlin's 16 units, and the staff exchange's five partner administrations with a directorate of Paris.
        assertThat(organisation.units()).hasSize(22);
        assertThat(organisation.units())
                .filteredOn(u -> u.kind() == org.jumelage.people.UnitKind.PARTNER_ADMINISTRATION)
                .hasSize(5);
    }

    @Test
    void loadingAgainNeverDuplicates() throws Exception {
        ApplicationArguments none = new DefaultApplicationArguments();
        for (ApplicationRunner runner : runners) {
            runner.run(none);
        }
        assertThat(registry.cities()).hasSize(25);
        assertThat(organisation.units()).hasSize(22);
    }
}
