package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegistryListIT extends BrowserTest {

    @Test
    void filteringUpdatesTheListInPlaceAndTheAddressKeepsTheFilters() {
        logIn("viewer", "viewer-demo-2026");
        visit("/office/partnerships");
        assertCount("26 Beziehungen gefunden");

        page.getByLabel("Status").selectOption("DORMANT");

        assertCountAnnounced("Eine Beziehung gefunden");
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Moskau")))
                .isVisible();
        assertThat(page).hasURL(Pattern.compile("status=DORMANT"));
        assertAccessible();

        page.getByLabel("Status").selectOption("");
        page.getByLabel("Art", new Page.GetByLabelOptions().setExact(true)).selectOption("TECHNICAL_EXCHANGE");
        assertCountAnnounced("6 Beziehungen gefunden");
        page.getByLabel("Suche (Name, Notizen)").fill("wien");
        assertCountAnnounced("Eine Beziehung gefunden");
        assertThat(page).hasURL(Pattern.compile("q=wien"));

        // The address carries the filters: opening it again shows the same result.
        String filtered = page.url();
        page.navigate(filtered);
        assertCount("Eine Beziehung gefunden");
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Wien")))
                .isVisible();
    }

    /**
     * While the database is briefly unreachable the server answers htmx's request with 503 (ADR 0031): the list stays
     * as it was, and the page says why, in the place of its messages; the next request that works takes it away.
     */
    @Test
    void aFilterThatMeetsAnOutageSaysSoAndTheNextOneClearsIt() {
        logIn("viewer", "viewer-demo-2026");
        visit("/office/partnerships");
        assertCount("26 Beziehungen gefunden");
        page.route(
                "**/office/partnerships?*",
                route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(503)
                        .setContentType("text/html")
                        .setBody("<!DOCTYPE html><title>503</title>")));
        page.getByLabel("Status").selectOption("DORMANT");
        assertThat(page.locator("#request-problem")).containsText("Jumelage ist gerade nicht erreichbar");
        assertCount("26 Beziehungen gefunden");
        assertAccessible();

        page.unroute("**/office/partnerships?*");
        page.getByLabel("Status").selectOption("");
        page.getByLabel("Status").selectOption("DORMANT");
        assertCountAnnounced("Eine Beziehung gefunden");
        assertThat(page.locator("#request-problem .kern-alert")).hasCount(0);
    }

    /** The count above the table, matched exactly ("6 Beziehungen" is also part of "26 Beziehungen"). */
    private void assertCount(String text) {
        assertThat(page.locator("#results [data-result-count]")).hasText(text);
    }

    /** After htmx swapped the results in, the page's status region (read out by screen readers) says the count too. */
    private void assertCountAnnounced(String text) {
        assertCount(text);
        assertThat(page.locator("#results-status")).hasText(text);
    }

    @Test
    void everythingWorksWithoutJavaScript() {
        BrowserContext noScript = newContext(false);
        Page plain = noScript.newPage();
        logIn(plain, "viewer", "viewer-demo-2026");
        visit(plain, "/office/partnerships");

        plain.getByLabel("Land").selectOption("CN");
        plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtern"))
                .click();

        assertThat(plain.getByText("2 Beziehungen gefunden")).isVisible();
        assertThat(plain).hasURL(Pattern.compile("country=CN"));
        assertThat(plain.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Peking")))
                .isVisible();
        assertThat(plain.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Guangzhou")))
                .isVisible();

        plain.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Stadt").setExact(true))
                .click();
        assertThat(plain.locator("tbody th").first()).hasText("Peking");
        assertThat(plain).hasURL(Pattern.compile("descending=true"));
        noScript.close();
    }

    @Test
    void theDetailPageShowsTimelineUnitsAndMap() {
        logIn("viewer", "viewer-demo-2026");
        visit("/office/partnerships?q=moskau");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Moskau")).click();
        assertAccessible();

        assertThat(page.locator("h1")).containsText("Moskau");
        assertThat(page.locator("h1 [lang=ru]")).hasText("(Москва)");
        assertThat(page.getByText("Gemeinsame Erklärung")).isVisible();
        assertThat(page.getByText("Status: Ruhend")).isVisible();
        assertThat(page.getByText("Senatsverwaltung für Umwelt, Verkehr und Klimaschutz"))
                .isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new GetByRoleOptions().setName("Lage von Moskau auf der Weltkarte")))
                .isVisible();
        // A viewer reads but does not edit.
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Bearbeiten")))
                .hasCount(0);
    }
}
