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
}
