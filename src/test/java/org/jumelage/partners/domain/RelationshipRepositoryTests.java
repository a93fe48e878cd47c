package org.jumelage.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jumelage.partners.HeldBy;
import org.jumelage.partners.InstrumentKind;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.ResponsibilityRole;
import org.jumelage.people.UnitKind;
import org.jumelage.people.domain.OrgUnit;
import org.jumelage.shared.PartialDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;

/** The registry's queries on the real schema: H2 in {@code mvn verify}, PostgreSQL again in CI. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Tag("database")
class RelationshipRepositoryTests {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Autowired
    RelationshipRepository relationships;

    @Autowired
    FocusAreaRepository focusAreas;

    @Autowired
    TestEntityManager entities;

    private long environmentDepartment;
    private long environmentDivision;

    @BeforeEach
    void registry() {
        // On a shared PostgreSQL database other tests may have committed demo data: hide it inside this test's
        // transaction, which is rolled back at the end.
        for (String table : List.of(
                "contact",
                "responsibility",
                "relationship_focus",
                "instrument_document",
                "instrument",
                "status_change",
                "relationship",
                "city")) {
            entities.getEntityManager()
                    .createNativeQuery("delete from " + table)
                    .executeUpdate();
        }
        OrgUnit department = entities.persist(
                new OrgUnit(null, UnitKind.SENATE_DEPARTMENT, "T-SEN", "Senatsverwaltung Test", "Senate Test"));
        OrgUnit division =
                entities.persist(new OrgUnit(department.getId(), UnitKind.UNIT, "T-SEN-1", "Abteilung", "Division"));
        environmentDepartment = department.getId();
        environmentDivision = division.getId();

        save("Paris", "FR", RelationshipType.CITY_PARTNERSHIP, "1987-07-02", "CULTURE", environmentDivision);
        save("Warschau", "PL", RelationshipType.CITY_PARTNERSHIP, "1991-08-12", "TRANSPORT", null);
        save("Amsterdam", "NL", RelationshipType.TECHNICAL_EXCHANGE, null, "CULTURE", null);
        Relationship moscow = save("Moskau", "RU", RelationshipType.CITY_PARTNERSHIP, "1990-11-12", null, null);
        moscow.changeStatus(
                RelationshipStatus.DORMANT,
                PartialDate.ofYear(2022),
                "rests",
                null,
                java.time.LocalDate.of(2026, 1, 1),
                "t",
                NOW);
        entities.flush();
        entities.clear();
    }

    private Relationship save(
            String name, String country, RelationshipType type, String since, String focus, Long unit) {
        City city = entities.persist(new City(
                Slugs.of(name), new CityDetails(name, name + " (en)", null, null, country, 1.0, 2.0, null, false)));
        Relationship relationship = new Relationship(
                city, type, null, RelationshipStatus.ACTIVE, null, "recorded", "note about " + name, true, "t", NOW);
        if (since != null) {
            relationship.addInstrument(
                    new InstrumentDetails(
                            InstrumentKind.JOINT_DECLARATION, PartialDate.parse(since), null, null, null, null),
                    "t",
                    NOW);
        }
        if (focus != null) {
            relationship.addFocus(focusAreas.findById(focus).orElseThrow(), null, null, null, null, "t", NOW);
        }
        if (unit != null) {
            relationship.addResponsibility(unit, ResponsibilityRole.HOLDER, null, null, "t", NOW);
        }
        return relationships.save(relationship);
    }

    private List<String> names(PartnershipQuery query, Set<Long> subtree) {
        return relationships
                .findAll(
                        RelationshipSpecifications.matching(query, subtree),
                        PageRequest.of(0, 10, Sort.by(new Sort.Order(Sort.Direction.ASC, "city.nameDe"))))
                .map(relationship -> relationship.getCity().getNameDe())
                .getContent();
    }

    private static PartnershipQuery holder(HeldBy holder) {
        return new PartnershipQuery(null, null, null, null, null, holder, null, null, null, null, null);
    }

    private static PartnershipQuery query(
            RelationshipType type, RelationshipStatus status, String country, String focus, String q) {
        return new PartnershipQuery(type, status, country, focus, null, null, q, null, null, null, null);
    }

    @Test
    void filtersByEachCriterion() {
        assertThat(names(query(RelationshipType.TECHNICAL_EXCHANGE, null, null, null, null), null))
                .containsExactly("Amsterdam");
        assertThat(names(query(null, RelationshipStatus.DORMANT, null, null, null), null))
                .containsExactly("Moskau");
        assertThat(names(query(null, null, "pl", null, null), null)).containsExactly("Warschau");
        assertThat(names(query(null, null, null, "CULTURE", null), null)).containsExactly("Amsterdam", "Paris");
        assertThat(names(query(null, null, null, null, null), Set.of(environmentDepartment, environmentDivision)))
                .containsExactly("Paris");
        assertThat(names(query(null, null, null, null, null), Set.of())).isEmpty();
    }

    @Test
    void searchesNamesInEveryLanguageAndNotesIgnoringCaseAndWildcards() {
        assertThat(names(query(null, null, null, null, "WARSCH"), null)).containsExactly("Warschau");
        assertThat(names(query(null, null, null, null, "paris (en"), null)).containsExactly("Paris");
        assertThat(names(query(null, null, null, null, "note about moskau"), null))
                .containsExactly("Moskau");
        assertThat(names(query(null, null, null, null, "%"), null)).isEmpty();
        assertThat(names(query(null, null, null, null, "_"), null)).isEmpty();
    }

    @Test
    void combinesFiltersAndSortsUndatedLast() {
        assertThat(names(query(RelationshipType.CITY_PARTNERSHIP, RelationshipStatus.ACTIVE, null, null, null), null))
                .containsExactly("Paris", "Warschau");
        List<String> bySince = relationships
                .findAll(
                        RelationshipSpecifications.matching(PartnershipQuery.all(), null),
                        Sort.by(new Sort.Order(Sort.Direction.ASC, "firstInstrument.date").nullsLast()))
                .stream()
                .map(relationship -> relationship.getCity().getNameDe())
                .toList();
        assertThat(bySince).containsExactly("Paris", "Moskau", "Warschau", "Amsterdam");
    }

    @Test
    void roundTripsPartialDatesAndTheStatusHistory() {
        Relationship moscow = relationships.findAll().stream()
                .filter(relationship -> relationship.getCity().getNameDe().equals("Moskau"))
                .findFirst()
                .orElseThrow();
        assertThat(moscow.getStatus()).isEqualTo(RelationshipStatus.DORMANT);
        assertThat(moscow.getStatusSince()).isEqualTo(PartialDate.ofYear(2022));
        assertThat(moscow.getFirstInstrument()).isEqualTo(PartialDate.parse("1990-11-12"));
        assertThat(moscow.statusHistory()).hasSize(2);
        assertThat(relationships.findCountryCodes()).containsExactlyInAnyOrder("FR", "PL", "NL", "RU");
        assertThat(relationships.findDatedExcept(RelationshipStatus.ENDED, List.of(1990, 1992)))
                .singleElement()
                .satisfies(dated -> {
                    assertThat(dated.cityNameDe()).isEqualTo("Moskau");
                    assertThat(dated.first()).isEqualTo(PartialDate.parse("1990-11-12"));
                });
        assertThat(relationships.findDatedExcept(RelationshipStatus.DORMANT, List.of(1990)))
                .isEmpty();
    }

    private City city(String nameDe) {
        return relationships.findAll().stream()
                .map(Relationship::getCity)
                .filter(city -> city.getNameDe().equals(nameDe))
                .findFirst()
                .orElseThrow();
    }

    private Relationship held(City city, RelationshipType type, Long holder) {
        return new Relationship(city, type, holder, RelationshipStatus.ACTIVE, null, "recorded", null, true, "t", NOW);
    }

    @Test
    void filtersByHolderTheCityAsAWholeOrOneAdministration() {
        relationships.save(held(city("Warschau"), RelationshipType.CITY_PARTNERSHIP, environmentDepartment));
        entities.flush();
        entities.clear();

        List<Long> byDepartment =
                relationships
                        .findAll(RelationshipSpecifications.matching(holder(HeldBy.unit(environmentDepartment)), null))
                        .stream()
                        .map(Relationship::getHolderUnitId)
                        .toList();
        assertThat(byDepartment).containsExactly(environmentDepartment);
        assertThat(names(holder(HeldBy.unit(environmentDepartment)), null)).containsExactly("Warschau");
        assertThat(names(holder(HeldBy.WHOLE_CITY), null)).containsExactly("Amsterdam", "Moskau", "Paris", "Warschau");
        assertThat(relationships.findAll(RelationshipSpecifications.matching(holder(HeldBy.WHOLE_CITY), null)))
                .hasSize(4)
                .allMatch(Relationship::heldByWholeCity);
        assertThat(names(holder(HeldBy.unit(environmentDivision)), null)).isEmpty();
    }

    /** The migration's unique key (V18): another holder or another type is another relationship. */
    @Test
    void theDatabaseTakesARelationshipOfAnotherHolderOrTypeWithTheSameCity() {
        City warsaw = city("Warschau");
        relationships.saveAndFlush(held(warsaw, RelationshipType.CITY_PARTNERSHIP, environmentDepartment));
        relationships.saveAndFlush(held(warsaw, RelationshipType.FRIENDSHIP, null));
        relationships.saveAndFlush(held(warsaw, RelationshipType.FRIENDSHIP, environmentDepartment));

        assertThat(relationships.existsFor(warsaw.getId(), RelationshipType.CITY_PARTNERSHIP, null))
                .isTrue();
        assertThat(relationships.existsFor(warsaw.getId(), RelationshipType.CITY_PARTNERSHIP, environmentDepartment))
                .isTrue();
        assertThat(relationships.existsFor(warsaw.getId(), RelationshipType.CITY_PARTNERSHIP, environmentDivision))
                .isFalse();
        assertThat(relationships.findByCityId(warsaw.getId())).hasSize(4);
    }

    // Each refusal ends its test: PostgreSQL takes no further statement in a transaction after an error.
    @Test
    void theDatabaseRefusesASecondRelationshipOfTheCityAsAWholeOfTheSameType() {
        City warsaw = city("Warschau");

        assertThatThrownBy(() -> relationships.saveAndFlush(held(warsaw, RelationshipType.CITY_PARTNERSHIP, null)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uk_relationship_city_type_holder");
    }

    @Test
    void theDatabaseRefusesASecondRelationshipOfTheSameAdministrationAndType() {
        City warsaw = city("Warschau");
        relationships.saveAndFlush(held(warsaw, RelationshipType.CITY_PARTNERSHIP, environmentDepartment));

        assertThatThrownBy(() -> relationships.saveAndFlush(
                        held(warsaw, RelationshipType.CITY_PARTNERSHIP, environmentDepartment)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uk_relationship_city_type_holder");
    }

    @Test
    void theChangeStampMovesWithEveryChangeWhateverTheClockSays() {
        String before = relationships.findChangeStamp();
        Relationship paris = relationships.findAll().stream()
                .filter(relationship -> relationship.getCity().getNameDe().equals("Paris"))
                .findFirst()
                .orElseThrow();
        // Same instant as before: a clock that did not move must not hide the change.
        paris.edit(paris.getType(), null, "neue Notiz", false, "test", paris.getUpdatedAt());
        entities.flush();
        assertThat(relationships.findChangeStamp()).isNotEqualTo(before).matches("\\d+");
    }
}
