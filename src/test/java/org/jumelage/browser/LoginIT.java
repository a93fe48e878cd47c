package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class LoginIT extends BrowserTest {

    @Test
    void aWrongPasswordGetsOneGenericMessageAndTheRightOneOpensTheOverview() {
        logIn("viewer", "wrong-password");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Die Anmeldung ist fehlgeschlagen");
        assertAccessible();

        logIn("viewer", "viewer-demo-2026");
        assertThat(page).hasURL(url("/office"));
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("Übersicht");
        assertThat(page.getByText("Runde Jubiläen in den nächsten zwölf Monaten"))
                .isVisible();
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Abmelden"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sie haben sich abgemeldet");
    }

    @Test
    void theLanguageSwitchLeadsToTheSamePageInEnglishAndBack() {
        logIn("viewer", "viewer-demo-2026");
        visit("/office/partnerships?status=DORMANT&country=RU");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("Partnerships");
        assertThat(page.getByRole(
                        AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Moscow")))
                .isVisible();
        assertThat(page.getByText("One relationship found")).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Deutsch"))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.getByRole(
                        AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Moskau")))
                .isVisible();
    }

    @Test
    void aBadAddressGetsTheLocalisedErrorPage() {
        logIn("viewer", "viewer-demo-2026");
        visit("/office/partnerships?type=ALLIANCE");
        assertThat(page.locator("h1")).hasText("Ungültige Anfrage");
        visit("/office/partnerships/999999");
        assertThat(page.locator("h1")).hasText("Nicht gefunden");
        visit("/office/accounts");
        assertThat(page.locator("h1")).hasText("Keine Berechtigung");
    }

    /**
     * The page every request gets while the database is down (platform.DatabaseUnavailable) is read as served, with
     * the site's styles, and checked with axe like every other page, on a phone too.
     */
    @Test
    void thePageForADatabaseOutageIsAccessibleInBothLanguages() throws Exception {
        String html;
        try (var in = getClass().getResourceAsStream("/unavailable/database.html")) {
            html = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        page.navigate(url("/de/barrierefreiheit"));
        page.setContent(html);
        assertThat(page.locator("h1")).hasText("Vorübergehend nicht erreichbar");
        assertThat(page.locator("[lang=en] h2")).hasText("Temporarily unavailable");
        assertAccessible();
        page.setViewportSize(390, 844);
        assertNoSidewaysScrolling(page);
    }
}
