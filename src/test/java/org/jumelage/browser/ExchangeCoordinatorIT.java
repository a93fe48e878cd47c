package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import org.jumelage.exchange.domain.NominationService;
import org.jumelage.exchange.domain.PlacementService;
import org.jumelage.people.Organisation;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Paris's coordinator nominates a guest for a Berlin hosting offer and cannot reach anything of Warsaw's; the host
 * unit accepts with a mentor; the office confirms the stay and files the signed agreement. axe-core on every page.
 */
class ExchangeCoordinatorIT extends BrowserTest {

    @Autowired
    PlacementService placements;

    @Autowired
    NominationService nominations;

    @Autowired
    AccountService accounts;

    @Autowired
    Organisation organisation;

    private void click(Page on, String button) {
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
    }

    @Test
    void parisNominatesAGuestAndFindsNothingOfWarsaw() {
        logIn("paris", "paris-demo-2026");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1)))
                .hasText("Hospitationsplätze");
        assertAccessible();
        assertThat(page.locator("tbody")).containsText("Radverkehrsplanung (Plan Vélo)");
        assertThat(page.locator("tbody")).not().containsText("Klimaanpassung und Stadtgrün");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Verkehrsplanung in der Senatsverwaltung"))
                .click();
        assertAccessible();

        // A nomination without the guest's name is refused with a message.
        page.getByLabel("Funktion oder Stelle").fill("Ingénieure mobilité");
        click(page, "Nominieren");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary")).containsText("Bitte füllen Sie dieses Feld aus.");
        assertAccessible();
        page.getByLabel("Name des Gastes").fill("Camille Dupont");
        page.getByLabel("E-Mail des Gastes").fill("camille.dupont@example.org");
        page.getByLabel("Sprachen").fill("fr, de B2, en C1");
        click(page, "Nominieren");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Nominierung ist eingegangen.");
        assertThat(page.locator("tbody")).containsText("Camille Dupont");
        assertThat(page.locator("tbody")).not().containsText("Anna Kowalska");
        assertAccessible();

        // Warsaw's placement and nomination, by their addresses: not found, nothing of them shown.
        long warsaw = organisation.unitByCode("WAW").orElseThrow().id();
        long[] warsawIds = asAdmin(() -> new long[] {
            placements.visible(null).stream()
                    .filter(p -> p.getHostUnitId() == warsaw)
                    .findFirst()
                    .orElseThrow()
                    .getId(),
            nominations.visible().stream()
                    .filter(n -> n.getAdministrationId() == warsaw)
                    .findFirst()
                    .orElseThrow()
                    .getId()
        });
        for (String path : new String[] {
            "/office/exchange/placements/" + warsawIds[0], "/office/exchange/nominations/" + warsawIds[1]
        }) {
            var response = page.navigate(url(path));
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(page.locator("main")).not().containsText("Klimaanpassung");
            assertThat(page.locator("main")).not().containsText("Kowalska");
            assertAccessible();
        }

        // The host unit's editor accepts the guest with a mentor; the stay is planned.
        BrowserContext hostContext = newContext(true);
        Page host = hostContext.newPage();
        logIn(host, "editor", "editor-demo-2026");
        visit(host, "/office/exchange/nominations");
        host.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Camille Dupont"))
                .click();
        assertAccessible(host);
        var camille = host.locator("article.nomination", new Page.LocatorOptions().setHasText("Camille Dupont"));
        camille.getByLabel("Mentorin oder Mentor in Berlin")
                .selectOption(new SelectOption().setLabel("Erik Editor (Demo)"));
        camille.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Annehmen Camille Dupont"))
                .click();
        assertThat(host.getByRole(AriaRole.STATUS)).containsText("Der Gast ist angenommen");
        assertAccessible(host);

        // The office confirms the stay and files the agreement: a file that is not a PDF first.
        BrowserContext officeContext = newContext(true);
        Page office = officeContext.newPage();
        logIn(office, "admin", "admin-demo-2026");
        visit(office, "/office/exchange/stays");
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Camille Dupont"))
                .click();
        assertAccessible(office);
        office.getByLabel("Neuer Stand").selectOption("CONFIRMED");
        click(office, "Stand ändern");
        assertThat(office.locator("#stay-status")).hasText("Bestätigt");
        office.getByLabel("Titel des Dokuments").fill("Vereinbarung");
        office.getByLabel("Datei")
                .setInputFiles(new FilePayload(
                        "vereinbarung.pdf", "application/pdf", "Nur Text".getBytes(StandardCharsets.UTF_8)));
        click(office, "Hochladen");
        assertThat(office.getByRole(AriaRole.ALERT)).containsText("Die Datei ist kein PDF.");
        office.getByLabel("Titel des Dokuments").fill("Vereinbarung");
        office.getByLabel("Datei")
                .setInputFiles(new FilePayload(
                        "vereinbarung.pdf",
                        "application/pdf",
                        "%PDF-1.4 Vereinbarung".getBytes(StandardCharsets.US_ASCII)));
        click(office, "Hochladen");
        assertThat(office.getByRole(AriaRole.STATUS)).containsText("Das Dokument ist gespeichert.");
        assertThat(office.locator("#documents-title + ul")).containsText("Vereinbarung");
        assertAccessible(office);

        // Paris sees its guest's stay and its document, and still nothing of Warsaw's.
        visit("/office/exchange/stays");
        assertThat(page.locator("tbody")).containsText("Camille Dupont");
        assertThat(page.locator("tbody")).containsText("Bestätigt");
        assertThat(page.locator("tbody")).not().containsText("Kowalska");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Camille Dupont"))
                .click();
        assertThat(page.locator("#documents-title + ul")).containsText("Vereinbarung");
        assertAccessible();
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        var admin = accounts.loadUser("admin").orElseThrow();
        admin.eraseCredentials();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
