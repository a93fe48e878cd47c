package org.jumelage.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Which unit goes with which role: coordinators belong to a partner's administration, everyone else to Berlin's. */
@SpringBootTest
@ActiveProfiles("test")
class AccountRolesTests {

    @Autowired
    AccountService accounts;

    @Autowired
    Organisation organisation;

    private long unit(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    @Test
    void aCoordinatorBelongsToAPartnerAdministrationOrOneOfItsUnits() {
        assertThatThrownBy(
                        () -> accounts.create("coord-berlin", "Coord", null, Role.PARTNER_COORDINATOR, unit("SENUVK")))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("account.error.coordinatorNeedsPartner");
        assertThatThrownBy(() -> accounts.create("coord-none", "Coord", null, Role.PARTNER_COORDINATOR, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("account.error.coordinatorNeedsPartner");
        accounts.create("coord-paris-hr", "Coord", null, Role.PARTNER_COORDINATOR, unit("PAR-DRH"));
        assertThat(organisation.administrationOf(unit("PAR-DRH")).orElseThrow().code())
                .isEqualTo("PAR");
    }

    @Test
    void nobodyElseHoldsAPartnersUnitAndStaffAndHrNeedAUnit() {
        for (Role role : new Role[] {Role.ADMIN, Role.EDITOR, Role.VIEWER, Role.STAFF, Role.HR}) {
            assertThatThrownBy(() -> accounts.create("partner-" + role, "P", null, role, unit("PAR")))
                    .as(role.name())
                    .isInstanceOf(RuleViolation.class)
                    .hasMessage("account.error.partnerUnitNeedsCoordinator");
        }
        for (Role role : new Role[] {Role.EDITOR, Role.STAFF, Role.HR}) {
            assertThatThrownBy(() -> accounts.create("nounit-" + role, "P", null, role, null))
                    .as(role.name())
                    .isInstanceOf(RuleViolation.class)
                    .hasMessage("account.error.editorNeedsUnit");
        }
    }
}
