package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A member of the international office at a desktop's and at a phone's width: the navigation stays short, no page
 * scrolls sideways, tables show every column, dates read as people write them ("15. Oktober 2012"), and an error
 * summary names the fields it is about.
 */
class OfficeMemberIT extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.jumelage.activities.domain.ActivityService activities;

    /** A date as German readers write it, never the ISO form the database keeps. */
    private static final Pattern GERMAN_DATE = Pattern.compile(
            "\\d{1,2}\\.(–\\d{1,2}\\.)? (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \\d{4}");

    @Test
    void atADesktopsWidth() {
        walk(1280, 900);
    }

    @Test
    void atAPhonesWidth() {
        walk(390, 844);
    }

    private void walk(int width, int height) {
        BrowserContext office = sized("de-DE", width, height);
        try {
            Page member = office.newPage();
            logIn(member, "admin", "admin-demo-2026");
            assertThat(member).hasURL(url("/office"));
            assertAccessible(member);
            assertNoSidewaysScrolling(member);
            // The navigation takes at most two rows, even with every section an administrator has.
            Object rows = member.evaluate(
                    "() => new Set([...document.querySelectorAll('.site-nav li')].map(li => li.getBoundingClientRect().top)).size");
            org.assertj.core.api.Assertions.assertThat(((Number) rows).intValue())
                    .isLessThanOrEqualTo(2);
            shot(member, "office-" + width);

            // An activity: its dates as people write them, and nothing wider than the screen.
            long prague = activities.searchAll(org.jumelage.activities.domain.ActivityQuery.all()).stream()
                    .filter(a -> a.getTitleDe().equals("Klimaworkshop mit Prag"))
                    .findFirst()
                    .orElseThrow()
                    .getId();
            visit(member, "/office/activities/" + prague);
            assertThat(member.locator("main p.kern-body--large").first()).containsText(GERMAN_DATE);
            assertThat(member.locator("main")).not().containsText(Pattern.compile("\\b20\\d\\d-\\d\\d-\\d\\d\\b"));
            assertNoSidewaysScrolling(member);
            shot(member, "activity-" + width);

            // A partnership with its contacts: every column of the table can be seen.
            visit(member, "/office/partnerships?q=Paris");
            member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Paris"))
                    .first()
                    .click();
            assertAccessible(member);
            assertNoSidewaysScrolling(member);
            Locator contacts = member.locator("section[aria-labelledby=contacts-title] table");
            Object clipped =
                    contacts.evaluate("table => table.parentElement.scrollWidth > table.parentElement.clientWidth + 1");
            org.assertj.core.api.Assertions.assertThat((Boolean) clipped)
                    .as("the contacts table is wider than its place")
                    .isFalse();
            shot(member, "partnership-" + width);

            // A form sent empty: the error summary names each field beside its message.
            visit(member, "/office/activities/new");
            member.getByLabel("Titel (Deutsch)").fill("");
            member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                    .click();
            assertThat(member.locator(".error-summary")).isFocused();
            assertThat(member.locator(".error-summary li").first()).containsText(Pattern.compile("^[^:]+: .+"));
            assertThat(member.locator(".error-summary")).containsText("Titel (Deutsch): ");
            assertAccessible(member);
            assertNoSidewaysScrolling(member);
        } finally {
            office.close();
        }
    }
}
