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

        // A call: mistakes first (deadline before opening, nobody invited), then published.
        visit("/office/exchange/calls");
        // Other journeys share the database and may have published calls of their own.
        int callsBefore = page.locator("tbody tr").count();
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText("EVA: Hospitationen in Paris")))
                .hasCount(1);
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Neue Ausschreibung"))
                .click();
        assertAccessible();
        page.getByLabel("Programm", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Städtenetz Hospitation"));
        page.getByLabel("Titel (Deutsch)").fill("Städtenetz 2027");
        page.getByLabel("Titel (Englisch)").fill("City network 2027");
        page.getByLabel("Bewerbung ab").fill("2027-02-01T09:00");
        page.getByLabel("Bewerbung bis").fill("2027-01-31T23:59");
        page.getByLabel("Hospitationen frühestens ab").fill("2027-04-01");
        page.getByLabel("Hospitationen spätestens bis").fill("2027-09-30");
        page.getByLabel("Sprachen der Hospitationen").fill("de, fr");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary"))
                .containsText("Das Ende der Bewerbungsfrist muss nach ihrem Beginn liegen.");
        assertThat(page.locator(".error-summary"))
                .containsText("Bitte wählen Sie mindestens eine Stelle, deren Beschäftigte sich bewerben können.");
        assertAccessible();
        page.getByLabel("Bewerbung bis").fill("2027-03-15T23:59");
        page.getByLabel("Senatsverwaltung für Stadtentwicklung und Wohnen").check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Ausschreibung ist veröffentlicht.");
        assertThat(page.locator("tbody tr")).hasCount(callsBefore + 1);
        assertAccessible();

        visit("/de/staedtepartnerschaften");
        assertThat(page.locator("section[aria-labelledby=staff-title]")).containsText("Offene Ausschreibungen");
        assertThat(page.locator("section[aria-labelledby=staff-title]"))
                .containsText("EVA: Hospitationen in Paris, Warschau und Wien");
        var section = page.locator("section[aria-labelledby=staff-title]");
        // How to apply: with a work account, after signing in.
        assertThat(section.locator("#how-to-apply a")).hasAttribute("href", "/login");
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
