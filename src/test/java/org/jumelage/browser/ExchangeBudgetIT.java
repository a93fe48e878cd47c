package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The office keeps the budget: EVA's year stands near its budget and says so; a rate for France changes, and the
 * planned stay in Paris keeps its plan until the office recalculates it; a cost typed wrongly is refused beside its
 * field and then recorded; the overview in English. axe-core checks every page visited.
 */
class ExchangeBudgetIT extends BrowserTest {

    private void press(String button) {
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(button)).click();
    }

    @Test
    void theOfficeChangesARateRecalculatesAStayAndRecordsItsCosts() {
        logIn("admin", "admin-demo-2026");
        // Vera's completed stay in Warsaw: its costs recorded against the plan, its programme's year warned.
        visit("/office/exchange/stays");
        page.locator("tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Abgeschlossen"))
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Vera Viewer (Demo)"))
                .getByRole(AriaRole.LINK)
                .click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Budget des Aufenthalts öffnen"))
                .click();
        assertAccessible();
        assertThat(page.locator("#costs")).containsText("2.166,00 €");
        assertThat(page.locator("#standing-warning")).isVisible();
        String pastYear = page.locator("#plan-year").innerText();
        visit("/office/exchange/budget?year=" + pastYear);
        // The demo sets EVA's budget for that year close to what it costs: warned (near, or over where another
        // journey placed more people that year).
        assertThat(page.locator("#budget-warnings")).containsText("Europäischer Verwaltungsaustausch (EVA)");
        assertThat(page.locator("#budget-warnings")).containsText("4.200,00 €");

        // Erik's stay in Paris: planned from France's rate for its year.
        visit("/office/exchange/stays");
        page.getByRole(
                        AriaRole.LINK,
                        new GetByRoleOptions().setName("Erik Editor (Demo)").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Budget des Aufenthalts öffnen"))
                .click();
        assertAccessible();
        String year = page.locator("#plan-year").innerText();
        Locator travel = page.locator("#plan tbody tr").first();
        assertThat(travel).containsText("320,00 €");
        String budget = page.url().substring(page.url().indexOf("/office/"));

        // The rate for France changes; the plan stays as it was until recalculated.
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Zurück zum Aufenthalt"))
                .click();
        visit("/office/exchange/rates");
        Locator france = page.getByLabel(
                "Reise: Frankreich, " + year, new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true));
        france.fill("350,00");
        france.locator("xpath=ancestor::form").getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Kostensatz ist gespeichert.");
        assertAccessible();
        visit(budget);
        assertThat(page.locator("#plan tbody tr").first()).containsText("320,00 €");
        press("Mit heutigen Sätzen neu berechnen");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("neu berechnet");
        assertThat(page.locator("#plan tbody tr").first()).containsText("350,00 €");
        assertAccessible();

        // A cost typed wrongly is refused beside its field; typed rightly, it is recorded against the plan.
        page.getByLabel("Kostenart").selectOption("TRAVEL");
        page.getByLabel("Betrag").fill("12,345,6");
        page.getByLabel("Bezahlt am").fill(year + "-01-02");
        press("Kosten erfassen");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary")).containsText("Bitte geben Sie einen Betrag an");
        assertAccessible();
        page.getByLabel("Betrag").fill("412,80");
        press("Kosten erfassen");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Kosten sind erfasst.");
        assertThat(page.locator("#costs")).containsText("412,80 €");
        assertThat(page.locator("#plan tbody tr").first()).containsText("-62,80 €");
        assertAccessible();

        // The overview in English.
        visit("/office/exchange/budget?lang=en&year=" + pastYear);
        assertThat(page.locator("#budget-standings")).containsText("€4,200.00");
        assertThat(page.locator("#budget-sources")).containsText("Programme budget");
    }
}
