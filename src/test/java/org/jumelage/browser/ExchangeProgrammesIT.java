package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The office records an exchange programme; the public overview lists the programmes with their partner cities. */
class ExchangeProgrammesIT extends BrowserTest {

    @Test
    void anAdministratorRecordsAProgrammeAndThePublicSeesTheProgrammes() {
        logIn("admin", "admin-demo-2026");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Verwaltungsaustausch"))
                .first()
                .click();
        assertAccessible();
        assertThat(page.locator("article.programme")).hasCount(2);
        assertThat(page.locator("article.programme").last()).containsText("Stadt Helsinki");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Neues Programm"))
                .click();
        assertAccessible();

        page.getByLabel("Kürzel").fill("EVA");
        page.getByLabel("Name (Deutsch)").fill("Städtenetz Hospitation");
        page.getByLabel("Name (Englisch)").fill("City network job shadowing");
        page.getByLabel("Erstes Jahr").fill("2027");
        page.getByLabel("Letztes Jahr").fill("2026");
        page.getByLabel("Stadt Wien").check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary")).containsText("Das letzte Jahr liegt vor dem ersten.");
        assertAccessible();

        page.getByLabel("Letztes Jahr").fill("2029");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("Das Kürzel „EVA“ ist bereits vergeben.");
        page.getByLabel("Kürzel").fill("CNJS");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Programm ist angelegt.");
        assertThat(page.locator("article.programme", new Page.LocatorOptions().setHasText("Städtenetz Hospitation")))
                .containsText("2027–2029");
        assertAccessible();

        visit("/de/staedtepartnerschaften");
        var section = page.locator("section[aria-labelledby=staff-title]");
        assertThat(section).containsText("European City Exchange – Move Your Mind (MYM)");
        assertThat(section).containsText("Städtenetz Hospitation");
        assertThat(section.getByRole(
                        AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Helsinki")))
                .hasCount(1);
        visit("/en/city-partnerships");
        assertThat(page.locator("section[aria-labelledby=staff-title]"))
                .containsText("European Administrative Exchange (EVA)");
    }
}
