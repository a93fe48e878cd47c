package org.jumelage.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.domain.AccountService;
import org.jumelage.testing.Signed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The start page's counts and a list's total are kept while the registry does not change, and counted again as
 * soon as it does (its change counter moves): never a stale figure after a change.
 */
@SpringBootTest
@ActiveProfiles("test")
class KeptRegistryFiguresTests {

    @Autowired
    RegistryService registry;

    @Autowired
    Organisation organisation;

    @Autowired
    AccountService accounts;

    @Test
    void keptUntilTheRegistryChanges() throws Exception {
        JumelageUser admin = accounts.loadUser("admin").orElseThrow();
        String name = RegistryRows.cityName("Zählstadt");
        PartnershipQuery byName =
                new PartnershipQuery(null, null, null, null, null, null, name, null, null, null, null);
        Map<RelationshipType, Map<RelationshipStatus, Long>> before = registry.countsByTypeAndStatus();
        long total =
                Signed.in(admin, () -> registry.search(byName, Locale.GERMAN).getTotalElements());

        assertThat(registry.countsByTypeAndStatus())
                .as("kept while nothing changes")
                .isSameAs(before);
        assertThat(total).isZero();

        Signed.in(admin, () -> RegistryRows.of(registry, organisation).add(name, false));

        Map<RelationshipType, Map<RelationshipStatus, Long>> after = registry.countsByTypeAndStatus();
        assertThat(after.get(RelationshipType.CITY_PARTNERSHIP).get(RelationshipStatus.ACTIVE))
                .isEqualTo(before.get(RelationshipType.CITY_PARTNERSHIP).get(RelationshipStatus.ACTIVE) + 1);
        assertThat(Signed.in(admin, () -> registry.search(byName, Locale.GERMAN).getTotalElements()))
                .isEqualTo(1);
    }
}
