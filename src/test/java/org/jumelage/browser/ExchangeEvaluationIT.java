package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The supervisor of the demo's past stay in Warsaw gives feedback three months after it (a missing mark first), and
 * no longer sees it afterwards; the office reads it on the stay's evaluation, where the participant's published report
 * stands, and in the programme's impact, in German and in English, with every chart's numbers in a table. axe-core
 * checks every page visited.
 */
class ExchangeEvaluationIT extends BrowserTest {

    @Test
    void theSupervisorGivesFeedbackAndTheOfficeSeesItInTheImpact() {
        logIn("supervisor", "supervisor-demo-2026");
        visit("/office/exchange/evaluations");
        page.locator("#evaluations a")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Stadt Warschau"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1)))
                .containsText("Die Hospitation Ihrer Mitarbeiterin oder Ihres Mitarbeiters bei Stadt Warschau");
        assertAccessible();
        page.getByLabel("Was wurde in die tägliche Arbeit übernommen?")
                .fill("Die Pflegepläne für Trockenperioden nach Warschauer Vorbild.");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Auswertung senden"))
                .click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary")).containsText("Bitte wählen Sie eine Bewertung von 1 bis 5.");
        assertThat(page.getByLabel("Was wurde in die tägliche Arbeit übernommen?"))
                .hasValue("Die Pflegepläne für Trockenperioden nach Warschauer Vorbild.");
        assertAccessible();
        page.getByLabel("4 – überwiegend").check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Auswertung senden"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vielen Dank: Ihre Auswertung ist angekommen.");
        assertThat(page.locator("#evaluations a")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Stadt Warschau")))
                .hasCount(0);
        assertAccessible();

        // The office reads the three parties' answers and the published report.
        BrowserContext officeContext = newContext(true);
        Page office = officeContext.newPage();
        logIn(office, "admin", "admin-demo-2026");
        visit(office, "/office/exchange/stays");
        // Vera's completed stay (another journey may have placed her again, in a later call).
        office.locator("tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Abgeschlossen"))
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Vera Viewer (Demo)"))
                .getByRole(AriaRole.LINK)
                .click();
        office.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Auswertung des Aufenthalts öffnen"))
                .click();
        assertAccessible(office);
        assertThat(office.locator("#evaluation-SUPERVISOR"))
                .containsText("Die Pflegepläne für Trockenperioden nach Warschauer Vorbild.");
        assertThat(office.locator("#evaluation-SUPERVISOR")).containsText("4 – überwiegend");
        assertThat(office.locator("#evaluation-PARTICIPANT")).containsText("Acht Wochen im Grünflächenamt");

        // The programme's impact: the supervisor's answer counted, the same numbers in chart and table.
        visit(office, "/office/exchange/programmes");
        office.getByRole(
                        AriaRole.LINK,
                        new GetByRoleOptions().setName("Wirkung Europäischer Verwaltungsaustausch (EVA)"))
                .click();
        assertAccessible(office);
        String year = office.locator("#impact-year").inputValue();
        if (!office.locator("#table-host").textContent().contains("Stadt Warschau")) {
            // The demo's past stay may have begun in the year before (a session early in the year).
            visit(office, office.url().replaceAll("^.*(/office/)", "$1") + "?year=" + (Integer.parseInt(year) - 1));
        }
        assertThat(office.locator("#table-host")).containsText("Stadt Warschau");
        assertThat(office.locator("#chart-host")).containsText("Stadt Warschau");
        assertThat(office.locator("#table-returns tbody tr").nth(2)).containsText("1");
        assertThat(office.locator("#table-marks")).containsText("Wie viel des Gelernten wird heute");
        assertThat(office.locator("#table-marks")).containsText("4.0");
        assertThat(office.locator("#impact-exports")).containsText("Als PDF herunterladen");

        visit(
                office,
                office.url().replaceAll("^.*(/office/)", "$1") + (office.url().contains("?") ? "&" : "?") + "lang=en");
        assertThat(office.locator("#table-returns")).containsText("Supervisor (after three months)");
        officeContext.close();
    }

    /** The public reads the anonymous figures (a small year withheld) and the published report, in both languages. */
    @Test
    void thePublicReadsAnonymousFiguresAndPublishedReports() {
        visit("/de/staedtepartnerschaften");
        page.locator("#exchange-figures-link a").click();
        assertAccessible();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1)))
                .hasText("Verwaltungsaustausch in Zahlen");
        assertThat(page.locator("table[id^=per-year-EVA]")).containsText("weniger als 3");
        assertThat(page.locator(".experience-report")).containsText("Acht Wochen im Grünflächenamt");
        assertThat(page.locator(".experience-report h3")).containsText("Stadt Warschau");
        visit("/en/staff-exchange");
        assertThat(page.locator(".experience-report h3")).containsText("City of Warsaw");
        assertThat(page.locator("main")).not().containsText("Vera");

        // Vera takes her consent back: the report is gone from the public page.
        logIn("viewer", "viewer-demo-2026");
        visit("/office/exchange/evaluations");
        assertThat(page.locator("#consents")).containsText("Hospitation bei Stadt Warschau");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Zustimmung zurückziehen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre Zustimmung ist zurückgezogen");
        assertThat(page.locator("#consents")).hasCount(0);
        assertAccessible();
        visit("/de/verwaltungsaustausch");
        assertThat(page.locator("main")).not().containsText("Acht Wochen im Grünflächenamt");
    }
}
