package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class AccountsIT extends BrowserTest {

    @Test
    void anAdminCreatesAnEditorWhoMustChooseTheirOwnPasswordAndThenEditsTheirUnitsPartnerships() {
        logIn("admin", "admin-demo-2026");
        visit("/office/accounts");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Neues Konto"))
                .click();
        assertAccessible();

        page.getByLabel("Benutzername").fill("liaison.umwelt");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Lena Liaison");
        page.getByLabel("E-Mail-Adresse").fill("lena@example.org");
        page.getByLabel("Rolle").selectOption("EDITOR");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Konto anlegen"))
                .click();
        // An editor without a unit is refused with a clear message.
        assertThat(page.locator(".error-summary")).containsText("Organisationseinheit");
        assertAccessible();

        page.getByLabel("Organisationseinheit")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Senatsverwaltung für Umwelt, Verkehr und Klimaschutz (Senatsverwaltung)"));
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Konto anlegen"))
                .click();
        String oneTimePassword =
                page.locator(".one-time-password").textContent().strip();
        assertAccessible();

        BrowserContext newcomerContext = newContext(true);
        Page newcomer = newcomerContext.newPage();
        logIn(newcomer, "liaison.umwelt", oneTimePassword);
        assertThat(newcomer.locator("h1")).hasText("Passwort ändern");
        assertAccessible(newcomer);
        newcomer.getByLabel("Bisheriges Passwort").fill(oneTimePassword);
        newcomer.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true))
                .fill("Spree-Seine-Weichsel-2026");
        newcomer.getByLabel("Neues Passwort wiederholen").fill("Spree-Seine-Weichsel-2026");
        newcomer.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Passwort ändern"))
                .click();
        assertThat(newcomer.getByRole(AriaRole.STATUS)).containsText("Ihr Passwort wurde geändert");

        visit(newcomer, "/office/partnerships?q=warschau");
        newcomer.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Warschau"))
                .click();
        assertThat(newcomer.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Bearbeiten")))
                .isVisible();
        visit(newcomer, "/office/partnerships?q=tokio");
        newcomer.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Tokio"))
                .click();
        assertThat(newcomer.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Bearbeiten")))
                .hasCount(0);
        newcomerContext.close();
    }

    @Test
    void anAdminAddsAUnitBelowAnAdministration() {
        logIn("admin", "admin-demo-2026");
        visit("/office/organisation");
        page.getByLabel("Gehört zu")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Senatsverwaltung für Umwelt, Verkehr und Klimaschutz"));
        page.getByLabel("Kürzel").fill("senuvk iv");
        page.getByLabel("Name auf Deutsch").fill("Abteilung IV – Verkehr");
        page.getByLabel("Name auf Englisch").fill("Division IV – Transport");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Hinzufügen"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("Großbuchstaben");
        assertAccessible();

        page.getByLabel("Kürzel").fill("SENUVK-IV");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Hinzufügen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Einheit wurde hinzugefügt");
        assertThat(page.getByRole(AriaRole.ROWHEADER, new GetByRoleOptions().setName("– Abteilung IV – Verkehr")))
                .isVisible();
        assertAccessible();
    }

    /** The office API's answer status for the token, asked as a machine client would. */
    private int officeApiStatus(String token) throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/office/partnerships/1")))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        return answer.statusCode();
    }

    @Test
    void anAdminMakesAnAccessTokenForAMachineClientSeesItOnceAndRevokesIt() throws Exception {
        logIn("admin", "admin-demo-2026");
        visit("/office/accounts");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Zugangstoken"))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Neues Token"))
                .click();
        assertAccessible();

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Auswertung Bezirk");
        page.getByLabel("Konto").fill("viewer");
        page.getByLabel("Umfang").selectOption("READ_WRITE");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Token erstellen"))
                .click();
        // A viewer's account gets no token that writes: the error names the field, and nothing is made.
        assertThat(page.locator(".error-summary")).containsText("nur liest");
        assertAccessible();

        page.getByLabel("Umfang").selectOption("READ");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Token erstellen"))
                .click();
        String token = page.locator("#token-secret").textContent().strip();
        org.assertj.core.api.Assertions.assertThat(token).startsWith("jml_");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(officeApiStatus(token)).isEqualTo(200);

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Zurück zu den Token"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("Auswertung Bezirk").setExact(true)))
                .isVisible();
        // The list shows how the token begins, never the token.
        assertThat(page.locator("main")).not().containsText(token);
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Widerrufen Auswertung Bezirk"))
                .click();
        assertThat(page.locator(".kern-alert--success")).containsText("Das Token wurde widerrufen");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(officeApiStatus(token)).isEqualTo(401);
    }
}
