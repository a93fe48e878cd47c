package org.jumelage.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jumelage.testing.ListPageStatements.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.people.UnitKind;
import org.jumelage.people.UnitRef;
import org.jumelage.people.domain.AccountService;
import org.jumelage.people.domain.OrganisationService;
import org.jumelage.testing.ListPageStatements;
import org.jumelage.testing.StatementCountTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The accounts and the organisation run as many SQL statements for three times the accounts or units. */
@StatementCountTest
class PeopleStatementsTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisation;

    private static String unique(String prefix) {
        return prefix + " " + (1000 + SEQUENCE.incrementAndGet()) + "x";
    }

    @Test
    void theAccounts() throws Exception {
        JumelageUser admin = accounts.loadUser("admin").orElseThrow();
        List<Long> units = organisation.units().stream()
                .filter(u -> !organisation.belongsToPartner(u.id()))
                .map(UnitRef::id)
                .toList();
        ListPageStatements.check(
                mvc,
                count -> {
                    // Each in another unit, with a failed sign-in: the list shows both for every account.
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        String name = unique("Konto");
                        String username =
                                name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
                        accounts.create(
                                username,
                                name,
                                username + "@example.org",
                                Role.VIEWER,
                                units.get(SEQUENCE.get() % units.size()),
                                "passwort-" + username,
                                false);
                        assertThat(mvc.perform(post("/login")
                                        .param("username", username)
                                        .param("password", "falsch")
                                        .with(csrf())))
                                .hasRedirectedUrl("/login?error");
                        names.add(name);
                    }
                    return names;
                },
                page("/office/accounts", () -> get("/office/accounts").with(user(admin))));
    }

    @Test
    void theOrganisation() throws Exception {
        JumelageUser admin = accounts.loadUser("admin").orElseThrow();
        long parent = organisation.unitByCode("SENSW").orElseThrow().id();
        ListPageStatements.check(
                mvc,
                count -> {
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        String name = unique("Referat");
                        organisation.create(parent, UnitKind.UNIT, "R-" + SEQUENCE.get(), name, name);
                        names.add(name);
                    }
                    return names;
                },
                page("/office/organisation", () -> get("/office/organisation").with(user(admin))));
    }
}
