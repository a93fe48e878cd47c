package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

class RegistryPartsIT extends BrowserTest {

    private void openIstanbul() {
        visit("/office/partnerships?q=istanbul");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Istanbul"))
                .click();
        assertAccessible();
    }

    @Test
    void anAdminAddsAndRemovesFocusAreasUnitsAndContacts() {
        logIn("admin", "admin-demo-2026");
        openIstanbul();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Schwerpunkt hinzufügen"))
                .click();
        assertAccessible();
        page.getByLabel("Schwerpunkt").selectOption(new SelectOption().setLabel("Tourismus"));
        page.getByLabel("Genauer (deutsch)").fill("Städtereisen");
        page.getByLabel("Genauer (englisch)").fill("city breaks");
        page.getByLabel("Seit (Jahr)").fill("2015");
        page.getByLabel("Bis (Jahr)").fill("2010");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("Das Bis-Jahr liegt vor dem Seit-Jahr.");
        page.getByLabel("Bis (Jahr)").fill("");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByText("Tourismus: Städtereisen (2015–)")).isVisible();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Zuständige Stelle hinzufügen"))
                .click();
        assertAccessible();
        page.getByLabel("Stelle", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Bezirksamt Neukölln"));
        page.getByLabel("Rolle").selectOption("CLOSE_COOPERATION");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByText("Bezirksamt Neukölln: enge Zusammenarbeit")).isVisible();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Kontakt hinzufügen"))
                .click();
        assertAccessible();
        page.getByLabel("Seite", new Page.GetByLabelOptions().setExact(true)).selectOption("PARTNER");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Ayşe Yılmaz");
        page.getByLabel("E-Mail").fill("not-an-address");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("gültige E-Mail-Adresse");
        assertAccessible();
        page.getByLabel("E-Mail").fill("ayse@example.org");
        page.getByLabel("Sprachen").fill("tr, en");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.ROWHEADER, new GetByRoleOptions().setName("Ayşe Yılmaz")))
                .isVisible();
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Ayşe Yılmaz entfernen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Kontakt wurde entfernt");
        assertThat(page.getByText("Ayşe Yılmaz")).hasCount(0);
    }

    @Test
    void anAdminKeepsTheNetworksOfCities() {
        logIn("admin", "admin-demo-2026");
        visit("/office/networks");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Netzwerk hinzufügen"))
                .click();
        assertAccessible();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Energy Cities");
        page.getByLabel("Internetadresse").fill("energy-cities.eu");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("http://");
        page.getByLabel("Internetadresse").fill("https://energy-cities.eu");
        page.getByLabel("Rolle der Stadt").selectOption("OBSERVER");
        page.getByLabel("Jahr").fill("2019");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Netzwerk wurde gespeichert");
        assertThat(page.getByRole(
                        AriaRole.ROW,
                        new GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile("Energy Cities.*Beobachter.*2019"))))
                .isVisible();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Energy Cities bearbeiten"))
                .click();
        assertAccessible();
        page.getByLabel("Rolle der Stadt").selectOption("MEMBER");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.ROW,
                        new GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile("Energy Cities.*Mitglied.*2019"))))
                .isVisible();
    }
}
