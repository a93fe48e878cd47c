package org.jumelage.partners.web;

import static org.jumelage.testing.ListPageStatements.page;
import static org.jumelage.testing.ListPageStatements.unnamedRows;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.jumelage.partners.NetworkRole;
import org.jumelage.partners.domain.NetworkDetails;
import org.jumelage.partners.domain.NetworkService;
import org.jumelage.partners.domain.RegistryRows;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.PartialDate;
import org.jumelage.testing.ListPageStatements;
import org.jumelage.testing.Signed;
import org.jumelage.testing.StatementCountTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The registry's lists run as many SQL statements for three times the relationships (see ListPageStatements). */
@StatementCountTest
class RegistryStatementsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    RegistryService registry;

    @Autowired
    NetworkService networks;

    @Autowired
    Organisation organisation;

    private JumelageUser admin;

    private RegistryRows rows;

    private String focus;

    private long unit;

    @BeforeEach
    void setUp() {
        admin = accounts.loadUser("admin").orElseThrow();
        rows = RegistryRows.of(registry, organisation);
        focus = rows.focusCode();
        unit = rows.unitId();
    }

    private ListPageStatements.Rows relationships(String prefix, boolean published) {
        return count -> Signed.in(admin, () -> rows.add(count, prefix, published));
    }

    @Test
    void theRegistryListsAndExport() throws Exception {
        ListPageStatements.check(
                mvc,
                relationships("Listenstadt", false),
                page(
                        "/office/partnerships?size=200",
                        () -> get("/office/partnerships").param("size", "200").with(user(admin))),
                page(
                        "/office/partnerships with every filter",
                        () -> get("/office/partnerships")
                                .param("q", "Listenstadt")
                                .param("type", "CITY_PARTNERSHIP")
                                .param("status", "ACTIVE")
                                .param("country", "FR")
                                .param("focus", focus)
                                .param("unit", String.valueOf(unit))
                                .param("sort", "SINCE")
                                .with(user(admin))),
                page(
                        "/office/partnerships (htmx fragment)",
                        () -> get("/office/partnerships")
                                .param("q", "Listenstadt")
                                .header("HX-Request", "true")
                                .with(user(admin))),
                page(
                        "/office/partnerships/export.csv?q",
                        // Filtered, so that it loads the child rows of these relationships only (see
                        // ListPageStatements on batches).
                        () -> get("/office/partnerships/export.csv")
                                .param("q", "Listenstadt")
                                .with(user(admin))),
                // Counts by type and status, and anniversaries: the page names no relationship to look for.
                unnamedRows("/office", () -> get("/office").with(user(admin))));
    }

    @Test
    void theNetworks() throws Exception {
        ListPageStatements.check(
                mvc,
                count -> Signed.in(admin, () -> {
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        String name = RegistryRows.cityName("Netzwerk");
                        networks.create(new NetworkDetails(
                                name, null, "https://example.org", NetworkRole.MEMBER, PartialDate.ofYear(2001), null));
                        names.add(name);
                    }
                    return names;
                }),
                page("/office/networks", () -> get("/office/networks").with(user(admin))));
    }
}
