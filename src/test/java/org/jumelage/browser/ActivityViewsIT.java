package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way of looking at the activities, in both languages, passes axe-core; the personal feed can be created. */
class ActivityViewsIT extends BrowserTest {

    @Test
    void listAgendaMonthLessonsReportAndCalendarPagesAreAccessibleInBothLanguages() {
        logIn("viewer", "viewer-demo-2026");
        for (String lang : List.of("de", "en")) {
            for (String path : List.of(
                    "/office/activities",
                    "/office/activities/agenda",
                    "/office/activities/calendar?month=2013-05",
                    "/office/activities/lessons",
                    "/office/activities/report?from=2012&to=2014",
                    "/office/calendar")) {
                visit(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(page.locator("html")).hasAttribute("lang", lang);
            }
        }
        visit("/office/activities/calendar?month=2013-05&lang=de");
        assertThat(page.locator("table.month")).containsText("Delegation der Stadt Warschau zu Verkehrsplanung");
    }

    @Test
    void aPersonCreatesAPersonalFeedAddressThatIsShownOnce() {
        logIn("viewer", "viewer-demo-2026");
        visit("/office/calendar");
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Adresse erzeugen"))
                .click();
        assertThat(page.getByLabel("Adresse zum Abonnieren"))
                .hasValue(java.util.regex.Pattern.compile(".*/calendar/personal/[0-9a-f]{48}\\.ics"));
        assertAccessible();
        // The address is the installation's public one (jumelage.base-url), not this test server's random port.
        String shown = page.getByLabel("Adresse zum Abonnieren").inputValue();
        org.assertj.core.api.Assertions.assertThat(shown).startsWith("http://localhost:8080/calendar/personal/");
        String address = url(shown.substring("http://localhost:8080".length()));
        org.assertj.core.api.Assertions.assertThat(page.request().get(address).status())
                .isEqualTo(200);
        page.reload();
        assertThat(page.getByLabel("Adresse zum Abonnieren")).hasCount(0);
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Adresse widerrufen"))
                .click();
        org.assertj.core.api.Assertions.assertThat(page.request().get(address).status())
                .isEqualTo(404);
    }
}
