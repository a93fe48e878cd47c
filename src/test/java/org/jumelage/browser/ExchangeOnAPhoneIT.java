package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The staff exchange as an applicant and a partner coordinator meet it at a phone's width (the journeys themselves
 * run at a desktop's in {@code ExchangeApplicationIT} and {@code ExchangeCoordinatorIT}): the start leads where their
 * work is, the tabs are theirs, offers can be filtered by direction and applied to, an application shows the way it
 * goes, and an empty list of nominations says how to nominate. axe-core on every page, no page wider than the screen.
 */
class ExchangeOnAPhoneIT extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.jumelage.people.domain.AccountService accounts;

    @org.springframework.beans.factory.annotation.Autowired
    org.jumelage.people.Organisation organisation;

    /** A member of the department's staff who has applied to nothing yet (other journeys use the demo's staff). */
    private void newApplicant(String username) {
        if (accounts.loadUser(username).isPresent()) {
            return;
        }
        var admin = accounts.loadUser("admin").orElseThrow();
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                admin, null, admin.getAuthorities()));
        try {
            long unit = organisation.units().stream()
                    .filter(u -> "SENUVK".equals(u.code()))
                    .findFirst()
                    .orElseThrow()
                    .id();
            accounts.create(
                    username,
                    "Paula Phone",
                    username + "@demo.jumelage.invalid",
                    org.jumelage.people.Role.STAFF,
                    unit,
                    "phone-password-2026",
                    false);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private Page phone(BrowserContext context) {
        return context.newPage();
    }

    private BrowserContext phoneContext() {
        return sized("de-DE", 390, 844);
    }

    @Test
    void anApplicantFindsTheirWay() {
        BrowserContext context = phoneContext();
        try {
            newApplicant("phone-staff");
            Page staff = phone(context);
            logIn(staff, "phone-staff", "phone-password-2026");
            // The back office's address leads to their own start, not to "no permission".
            visit(staff, "/office");
            assertThat(staff).hasURL(url("/office/exchange/applications"));
            assertNoSidewaysScrolling(staff);
            // Their tabs: no "to decide" for someone nobody named as supervisor.
            assertThat(staff.locator(".sub-nav")).not().containsText("Zu entscheiden");
            // Offers in partner cities can be filtered by direction and applied to.
            visit(staff, "/office/exchange/placements?direction=outgoing");
            assertNoSidewaysScrolling(staff);
            assertThat(staff.locator("tbody")).not().containsText("Gäste nach Berlin");
            assertThat(staff.locator("tbody a.apply-link").first()).isVisible();
            staff.locator("tbody a.apply-link").first().click();
            assertThat(staff)
                    .hasURL(java.util.regex.Pattern.compile(".*/office/exchange/applications/new\\?call=\\d+"));
            assertAccessible(staff);
            assertNoSidewaysScrolling(staff);
        } finally {
            context.close();
        }
    }

    @Test
    void aPartnerCoordinatorLearnsHowToNominate() {
        BrowserContext context = phoneContext();
        try {
            Page paris = phone(context);
            logIn(paris, "paris", "paris-demo-2026");
            visit(paris, "/office");
            assertThat(paris).hasURL(url("/office/exchange/placements"));
            assertNoSidewaysScrolling(paris);
            visit(paris, "/office/exchange/placements?direction=incoming");
            assertThat(paris.locator("tbody")).not().containsText("Aus Berlin in eine Partnerstadt");
            assertNoSidewaysScrolling(paris);
            visit(paris, "/office/exchange/nominations");
            assertNoSidewaysScrolling(paris);
            assertThat(paris.locator("main")).containsText("Nominiert wird auf der Seite eines Angebots für Gäste");
        } finally {
            context.close();
        }
    }

    /**
     * The office's budget and evaluation pages, and the public figures, at a phone's width in both languages: every
     * table and chart fits (tables wrap their rows into labelled lines, charts scale down), nothing scrolls sideways.
     */
    @Test
    void theBudgetAndTheEvaluationFitAPhone() {
        for (String locale : java.util.List.of("de", "en")) {
            // Signed in in German; "?lang=en" switches the office to English for the rest of the visit.
            BrowserContext context = sized("de-DE", 390, 844);
            try {
                Page office = phone(context);
                logIn(office, "admin", "admin-demo-2026");
                String lang = locale.startsWith("en") ? "?lang=en" : "?lang=de";
                visit(office, "/office/exchange/budget" + lang);
                assertNoSidewaysScrolling(office);
                visit(office, "/office/exchange/rates");
                assertNoSidewaysScrolling(office);
                visit(office, "/office/exchange/stays");
                office.locator("tr")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Vera Viewer (Demo)"))
                        .first()
                        .getByRole(com.microsoft.playwright.options.AriaRole.LINK)
                        .click();
                String stay = office.url().substring(office.url().indexOf("/office/"));
                visit(office, stay + "/budget");
                assertNoSidewaysScrolling(office);
                visit(office, stay + "/evaluation");
                assertNoSidewaysScrolling(office);
                visit(office, "/office/exchange/programmes");
                assertNoSidewaysScrolling(office);
                office.locator("a[href$='/impact']").first().click();
                assertAccessible(office);
                assertNoSidewaysScrolling(office);
                Page visitor = phone(context);
                visit(visitor, locale.startsWith("en") ? "/en/staff-exchange" : "/de/verwaltungsaustausch");
                assertNoSidewaysScrolling(visitor);
            } finally {
                context.close();
            }
        }
    }
}
