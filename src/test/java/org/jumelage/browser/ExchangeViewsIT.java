package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Every page of the staff exchange that the journeys do not visit, in both languages, checked with axe-core. */
class ExchangeViewsIT extends BrowserTest {

    private void heading(String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(text);
    }

    @Test
    void theOfficesPagesInGermanAndEnglish() {
        logIn("admin", "admin-demo-2026");
        visit("/office/exchange/placements/new");
        heading("Neuer Hospitationsplatz");
        visit("/office/exchange/placements");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sozialer Wohnungsbau (Wiener Modell)"))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten"))
                .click();
        heading("Hospitationsplatz bearbeiten: Sozialer Wohnungsbau (Wiener Modell)");
        assertAccessible();
        visit("/office/exchange/nominations");
        heading("Nominierungen");
        visit("/office/exchange/stays");
        heading("Aufenthalte");
        visit("/office/exchange/approvals");
        heading("Zu entscheiden");

        visit("/office/exchange/placements?lang=en");
        heading("Host placements");
        visit("/office/exchange/placements/new");
        heading("New host placement");
        visit("/office/exchange/calls");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Dashboard EVA: work-shadowing in Paris, Warsaw and Vienna"))
                .click();
        assertAccessible();
        heading("Dashboard: EVA: work-shadowing in Paris, Warsaw and Vienna");
        visit("/office/exchange/nominations");
        heading("Nominations");
        visit("/office/exchange/stays");
        heading("Stays");
    }

    @Test
    void anApplicantsPagesInEnglishAndAtAPhonesWidth() {
        // The supervisor is staff too, and applies in no other journey (whoever has applied sees no "Apply").
        logIn("supervisor", "supervisor-demo-2026");
        visit("/office/exchange/applications?lang=en");
        heading("My applications");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Apply EVA: work-shadowing in Paris, Warsaw and Vienna"))
                .click();
        assertAccessible();
        heading("Application: EVA: work-shadowing in Paris, Warsaw and Vienna");
        page.setViewportSize(390, 844);
        assertAccessible();
        visit("/office/exchange/approvals");
        heading("To decide");
        visit("/office/exchange/placements");
        heading("Host placements");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Cycling planning (Plan Vélo)")
                                .setExact(true))
                .click();
        assertAccessible();
    }
}
