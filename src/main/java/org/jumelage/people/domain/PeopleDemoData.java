package org.jumelage.people.domain;

import java.util.List;
import org.jumelage.people.DemoData;
import org.jumelage.people.Role;
import org.jumelage.people.UnitKind;
import org.jumelage.people.UnitRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Berlin's administrations named on the specification page, its twelve district offices, and one demo account per
 * role. Loaded on the first start of an empty database; the demo logins are named in the log at every start.
 */
@Component
@Order(10)
@DemoData
class PeopleDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PeopleDemoData.class);

    record DemoLogin(String username, String password, Role role, String unitCode, String displayName) {}

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", "admin-demo-2026", Role.ADMIN, "SKZL-EUI", "Anna Admin (Demo)"),
            new DemoLogin("editor", "editor-demo-2026", Role.EDITOR, "SENUVK", "Erik Editor (Demo)"),
            new DemoLogin("viewer", "viewer-demo-2026", Role.VIEWER, "SENSW", "Vera Viewer (Demo)"),
            new DemoLogin("staff", "staff-demo-2026", Role.STAFF, "SENUVK", "Stefan Staff (Demo)"),
            new DemoLogin("supervisor", "supervisor-demo-2026", Role.STAFF, "SENUVK", "Susanne Supervisor (Demo)"),
            new DemoLogin("hr", "hr-demo-2026", Role.HR, "SENUVK", "Hanna HR (Demo)"),
            // Partner coordinators: their administrations are recorded with the staff exchange's demo data.
            new DemoLogin("paris", "paris-demo-2026", Role.PARTNER_COORDINATOR, "PAR", "Pauline Paris (Demo)"),
            new DemoLogin("warsaw", "warsaw-demo-2026", Role.PARTNER_COORDINATOR, "WAW", "Wojciech Warsaw (Demo)"));

    private static final String[][] DISTRICTS = {
        {"MITTE", "Mitte"},
        {"FRIEDRICHSHAIN-KREUZBERG", "Friedrichshain-Kreuzberg"},
        {"PANKOW", "Pankow"},
        {"CHARLOTTENBURG-WILMERSDORF", "Charlottenburg-Wilmersdorf"},
        {"SPANDAU", "Spandau"},
        {"STEGLITZ-ZEHLENDORF", "Steglitz-Zehlendorf"},
        {"TEMPELHOF-SCHOENEBERG", "Tempelhof-Schöneberg"},
        {"NEUKOELLN", "Neukölln"},
        {"TREPTOW-KOEPENICK", "Treptow-Köpenick"},
        {"MARZAHN-HELLERSDORF", "Marzahn-Hellersdorf"},
        {"LICHTENBERG", "Lichtenberg"},
        {"REINICKENDORF", "Reinickendorf"}
    };

    private final OrganisationService organisation;
    private final AccountService accounts;
    private final TransactionTemplate transaction;
    private final DemoDataGuard guard;

    PeopleDemoData(
            OrganisationService organisation,
            AccountService accounts,
            TransactionTemplate transaction,
            DemoDataGuard guard) {
        this.organisation = organisation;
        this.accounts = accounts;
        this.transaction = transaction;
        this.guard = guard;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organisation.isEmpty() && accounts.isEmpty()) {
            transaction.executeWithoutResult(status -> {
                guard.recordLoaded();
                load();
            });
            log.info("Loaded the demo organisation and accounts.");
        }
    }

    private void load() {
        UnitRef chancellery = organisation.create(
                null,
                UnitKind.SENATE_CHANCELLERY,
                "SKZL",
                "Der Regierende Bürgermeister von Berlin – Senatskanzlei",
                "Governing Mayor of Berlin – Senate Chancellery");
        organisation.create(
                chancellery.id(),
                UnitKind.UNIT,
                "SKZL-EUI",
                "Referat für EU und Internationales",
                "Unit for EU and International Affairs");
        organisation.create(
                null,
                UnitKind.SENATE_DEPARTMENT,
                "SENUVK",
                "Senatsverwaltung für Umwelt, Verkehr und Klimaschutz",
                "Senate Department for the Environment, Transport and Climate Protection");
        organisation.create(
                null,
                UnitKind.SENATE_DEPARTMENT,
                "SENSW",
                "Senatsverwaltung für Stadtentwicklung und Wohnen",
                "Senate Department for Urban Development and Housing");
        for (String[] district : DISTRICTS) {
            organisation.create(
                    null,
                    UnitKind.DISTRICT_OFFICE,
                    "BA-" + district[0],
                    "Bezirksamt " + district[1],
                    district[1] + " District Office");
        }
        createMissingLogins(organisation, accounts);
    }

    /**
     * Creates the demo logins whose unit exists and that are not there yet. The partner coordinators' units come with
     * a later module's demo data, so {@link LateDemoLogins} calls this again once every module has loaded its data.
     */
    static void createMissingLogins(OrganisationService organisation, AccountService accounts) {
        for (DemoLogin login : LOGINS) {
            var unit = organisation.unitByCode(login.unitCode());
            if (unit.isEmpty() || accounts.loadUser(login.username()).isPresent()) {
                continue;
            }
            accounts.create(
                    login.username(),
                    login.displayName(),
                    login.username() + "@demo.jumelage.invalid",
                    login.role(),
                    unit.get().id(),
                    login.password(),
                    false);
        }
    }

    /**
     * Runs after every module's demo data: adds the demo logins whose units only exist now (partner coordinators),
     * also to a demo database made by an earlier version, and names the demo logins in the log.
     */
    @Component
    @Order(90)
    @DemoData
    static class LateDemoLogins implements ApplicationRunner {

        private final OrganisationService organisation;
        private final AccountService accounts;
        private final TransactionTemplate transaction;
        private final DemoDataGuard guard;

        LateDemoLogins(
                OrganisationService organisation,
                AccountService accounts,
                TransactionTemplate transaction,
                DemoDataGuard guard) {
            this.organisation = organisation;
            this.accounts = accounts;
            this.transaction = transaction;
            this.guard = guard;
        }

        @Override
        public void run(ApplicationArguments args) {
            // Only where the demo data was loaded, as recorded then: a real installation's first administrator may
            // well be called "admin", and must never be joined by demo logins.
            if (guard.isDemoInstance()) {
                transaction.executeWithoutResult(status -> createMissingLogins(organisation, accounts));
            }
            logLogins(accounts);
        }
    }

    private static void logLogins(AccountService accounts) {
        StringBuilder text = new StringBuilder("Demo logins (demo data only; never use them in production):");
        for (DemoLogin login : LOGINS) {
            if (accounts.loadUser(login.username()).isPresent()) {
                text.append(String.format(
                        "%n  %-10s / %-20s role %-19s unit %s",
                        login.username(), login.password(), login.role(), login.unitCode()));
            }
        }
        log.info(text.toString());
    }
}
