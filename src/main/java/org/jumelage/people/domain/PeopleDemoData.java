package org.jumelage.people.domain;

import java.util.List;
import org.jumelage.people.Role;
import org.jumelage.people.UnitKind;
import org.jumelage.people.UnitRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Berlin's administrations named on the specification page, its twelve district offices, and one demo account per
 * role. Loaded on the first start of an empty database; the demo logins are named in the log at every start.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "jumelage.demo-data.enabled", matchIfMissing = true)
class PeopleDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PeopleDemoData.class);

    record DemoLogin(String username, String password, Role role, String unitCode, String displayName) {}

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", "admin-demo-2026", Role.ADMIN, "SKZL-EUI", "Anna Admin (Demo)"),
            new DemoLogin("editor", "editor-demo-2026", Role.EDITOR, "SENUVK", "Erik Editor (Demo)"),
            new DemoLogin("viewer", "viewer-demo-2026", Role.VIEWER, "SENSW", "Vera Viewer (Demo)"));

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

    PeopleDemoData(OrganisationService organisation, AccountService accounts, TransactionTemplate transaction) {
        this.organisation = organisation;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organisation.isEmpty() && accounts.isEmpty()) {
            transaction.executeWithoutResult(status -> load());
            log.info("Loaded the demo organisation and accounts.");
        }
        logLogins();
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
        for (DemoLogin login : LOGINS) {
            long unitId =
                    organisation.unitByCode(login.unitCode()).orElseThrow().id();
            accounts.create(
                    login.username(),
                    login.displayName(),
                    login.username() + "@demo.jumelage.invalid",
                    login.role(),
                    unitId,
                    login.password(),
                    false);
        }
    }

    private void logLogins() {
        StringBuilder text = new StringBuilder("Demo logins (demo data only; never use them in production):");
        for (DemoLogin login : LOGINS) {
            if (accounts.loadUser(login.username()).isPresent()) {
                text.append(String.format(
                        "%n  %-8s / %-18s role %-7s unit %s",
                        login.username(), login.password(), login.role(), login.unitCode()));
            }
        }
        log.info(text.toString());
    }
}
