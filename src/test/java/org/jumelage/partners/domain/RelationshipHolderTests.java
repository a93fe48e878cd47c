package org.jumelage.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.jumelage.partners.HeldBy;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.PartnershipSummary;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitKind;
import org.jumelage.people.UnitRef;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a relationship, on the demo data's real schema (also on PostgreSQL in CI): one relationship per city,
 * type and holder, the city as a whole counting as one holder; only the city's own administrations may hold one.
 * Each test's changes are rolled back.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
@Transactional
class RelationshipHolderTests {

    @Autowired
    RegistryService registry;

    @Autowired
    PartnerDirectory directory;

    @Autowired
    Organisation organisation;

    @Autowired
    AccountService accounts;

    @PersistenceContext
    EntityManager entities;

    private long paris;
    private long kreuzberg;
    private long charlottenburg;

    @BeforeEach
    void signInAsAdministrator() {
        var admin = accounts.loadUser("admin").orElseThrow();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        paris = registry.cities().stream()
                .filter(city -> city.getNameEn().equals("Paris"))
                .findFirst()
                .orElseThrow()
                .getId();
        kreuzberg = unit("BA-FRIEDRICHSHAIN-KREUZBERG");
        charlottenburg = unit("BA-CHARLOTTENBURG-WILMERSDORF");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Writes what the test did so far and forgets it, so that what follows is read from the database. */
    private void reread() {
        entities.flush();
        entities.clear();
    }

    private long unit(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    private Relationship create(RelationshipType type, Long holder) {
        return registry.create(
                paris, null, type, holder, RelationshipStatus.ACTIVE, null, "Test", "Testbeziehung", true);
    }

    private List<Relationship> parisRelationships() {
        return registry
                .searchAll(
                        new PartnershipQuery(null, null, "FR", null, null, null, null, null, null, null, null),
                        Locale.GERMAN)
                .stream()
                .filter(relationship -> relationship.getCity().getId() == paris)
                .toList();
    }

    @Test
    void aDistrictHoldsACityPartnershipBesideTheWholeCitysButOnlyOne() {
        assertThat(parisRelationships())
                .extracting(Relationship::getType, Relationship::getHolderUnitId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RelationshipType.CITY_PARTNERSHIP, null));

        Relationship district = create(RelationshipType.CITY_PARTNERSHIP, kreuzberg);
        create(RelationshipType.CITY_PARTNERSHIP, charlottenburg);

        assertThat(district.getHolderUnitId()).isEqualTo(kreuzberg);
        assertThat(district.heldByWholeCity()).isFalse();
        assertThatThrownBy(() -> create(RelationshipType.CITY_PARTNERSHIP, kreuzberg))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("relationship.error.duplicate");
        assertThat(parisRelationships()).hasSize(3);
    }

    @Test
    void theCityAsAWholeHoldsOneRelationshipOfEachTypeWithACity() {
        assertThatThrownBy(() -> create(RelationshipType.CITY_PARTNERSHIP, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("relationship.error.duplicate");

        Relationship friendship = create(RelationshipType.FRIENDSHIP, null);

        assertThat(friendship.heldByWholeCity()).isTrue();
        assertThat(parisRelationships()).hasSize(2);
    }

    @Test
    void changingTheHolderFollowsTheSameRuleAndARefusedChangeLeavesEverythingAsItWas() {
        Relationship district = create(RelationshipType.CITY_PARTNERSHIP, kreuzberg);
        long id = district.getId();
        long version = registry.get(id).getVersion();
        var city = registry.get(id).getCity().details();

        // Held by the city as a whole, it would be the same as the one Paris already has.
        assertThatThrownBy(() -> registry.edit(
                        id, version, null, city, RelationshipType.CITY_PARTNERSHIP, null, "geändert", true))
                .hasMessage("relationship.error.duplicate");
        reread();
        Relationship unchanged = registry.get(id);
        assertThat(unchanged.getHolderUnitId()).isEqualTo(kreuzberg);
        assertThat(unchanged.getNotes()).isEqualTo("Testbeziehung");
        assertThat(unchanged.getVersion()).isEqualTo(version);

        // Its own city, type and holder are no duplicate of itself; another district is free.
        registry.edit(id, version, null, city, RelationshipType.CITY_PARTNERSHIP, kreuzberg, "Notiz", true);
        registry.edit(
                id,
                registry.get(id).getVersion(),
                null,
                city,
                RelationshipType.CITY_PARTNERSHIP,
                charlottenburg,
                "Notiz",
                true);
        assertThat(registry.get(id).getHolderUnitId()).isEqualTo(charlottenburg);
    }

    @Test
    void onlyTheCitysOwnDepartmentsAndDistrictOfficesMayHoldARelationship() {
        List<Long> refused = List.of(
                unit("SKZL"), // the Senate Chancellery: that is the city as a whole, written without a holder
                unit("SKZL-EUI"), // a unit below an administration
                unit("PAR"), // a partner city's administration
                999_999L); // no unit at all
        Relationship friendship = create(RelationshipType.FRIENDSHIP, null);
        long version = registry.get(friendship.getId()).getVersion();
        var city = friendship.getCity().details();

        for (long holder : refused) {
            assertThatThrownBy(() -> create(RelationshipType.PROJECT_PARTNERSHIP, holder))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                        assertThat(violation.messageKey()).isEqualTo("relationship.error.holder");
                        assertThat(violation.field()).isEqualTo("holderUnitId");
                    });
            assertThatThrownBy(() -> registry.edit(
                            friendship.getId(),
                            version,
                            null,
                            city,
                            RelationshipType.FRIENDSHIP,
                            holder,
                            "geändert",
                            true))
                    .hasMessage("relationship.error.holder");
        }
        assertThat(parisRelationships())
                .extracting(Relationship::getType)
                .containsExactlyInAnyOrder(RelationshipType.CITY_PARTNERSHIP, RelationshipType.FRIENDSHIP);
        reread();
        Relationship unchanged = registry.get(friendship.getId());
        assertThat(unchanged.heldByWholeCity()).isTrue();
        assertThat(unchanged.getNotes()).isEqualTo("Testbeziehung");
        assertThat(unchanged.getVersion()).isEqualTo(version);
    }

    @Test
    void onlyTheCitysOwnUnitsMayBeResponsibleAndTheChoicesSaySo() {
        Relationship friendship = create(RelationshipType.FRIENDSHIP, null);
        long version = registry.get(friendship.getId()).getVersion();

        assertThatThrownBy(() -> registry.addResponsibility(
                        friendship.getId(),
                        version,
                        unit("PAR"),
                        org.jumelage.partners.ResponsibilityRole.HOLDER,
                        null,
                        null))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("responsibility.error.partnerUnit");
                    assertThat(violation.field()).isEqualTo("unitId");
                });
        reread();
        assertThat(registry.get(friendship.getId()).getVersion()).isEqualTo(version);

        List<Long> choices =
                registry.possibleResponsibleUnits().stream().map(UnitRef::id).toList();
        assertThat(choices).contains(kreuzberg, unit("SKZL-EUI")).doesNotContain(unit("PAR"));
        assertThat(choices).allMatch(id -> !organisation.belongsToPartner(id));
    }

    @Test
    void theChoicesAreTheSenateDepartmentsAndTheDistrictOffices() {
        List<UnitRef> holders = registry.possibleHolders();

        assertThat(holders)
                .extracting(UnitRef::kind)
                .containsOnly(UnitKind.SENATE_DEPARTMENT, UnitKind.DISTRICT_OFFICE);
        assertThat(holders)
                .filteredOn(unit -> unit.kind() == UnitKind.DISTRICT_OFFICE)
                .hasSize(12);
        assertThat(holders).extracting(UnitRef::code).contains("SENUVK", "SENSW", "BA-FRIEDRICHSHAIN-KREUZBERG");
        assertThat(holders).extracting(UnitRef::parentId).containsOnlyNulls();
    }

    @Test
    void theListAndThePublicApiFilterByHolderAndNameIt() {
        create(RelationshipType.CITY_PARTNERSHIP, kreuzberg);

        assertThat(registry.searchAll(query(HeldBy.unit(kreuzberg)), Locale.GERMAN))
                .extracting(relationship -> relationship.getCity().getNameEn())
                .containsExactly("Paris");
        assertThat(registry.searchAll(query(HeldBy.WHOLE_CITY), Locale.GERMAN))
                .singleElement()
                .satisfies(relationship ->
                        assertThat(relationship.heldByWholeCity()).isTrue());

        List<PartnershipSummary> published = directory.published(query(null)).getContent();
        assertThat(published)
                .extracting(
                        PartnershipSummary::nameEn, PartnershipSummary::holderNameDe, PartnershipSummary::holderNameEn)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Paris", null, null),
                        org.assertj.core.groups.Tuple.tuple(
                                "Paris",
                                "Bezirksamt Friedrichshain-Kreuzberg",
                                "Friedrichshain-Kreuzberg District Office"));
        assertThat(directory.published(query(HeldBy.unit(kreuzberg))).getContent())
                .hasSize(1);
    }

    private static PartnershipQuery query(HeldBy holder) {
        return new PartnershipQuery(null, null, "FR", null, null, holder, null, null, null, null, null);
    }
}
