package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * A visitor finds the accessibility statement from the footer, reports a barrier (first with mistakes), the message
 * reaches the administrators by mail, and an administrator deals with it in the back office.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class FeedbackIT extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Test
    void aVisitorReportsABarrierAndAnAdministratorDealsWithIt() throws Exception {
        visit("/de/staedtepartnerschaften");
        page.locator("footer")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Barrierefreiheit"))
                .click();
        assertThat(page).hasURL(url("/de/barrierefreiheit"));
        assertAccessible();
        assertThat(page.getByText("teilweise vereinbar")).isVisible();
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new GetByRoleOptions().setName("Landesbeauftragte für digitale Barrierefreiheit")))
                .hasAttribute(
                        "href",
                        "https://www.berlin.de/sen/inneres/moderne-verwaltung/digitale-barrierefreiheit/landesbeauftragte/");

        page.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Barriere melden"))
                .click();
        assertThat(page).hasURL(url("/de/barrierefreiheit/rueckmeldung"));
        assertAccessible();

        // Mistakes first: no message, an address that is none.
        page.getByLabel("Ihre E-Mail-Adresse").fill("erika.example.org");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Nachricht senden"))
                .click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary"))
                .containsText("Bitte schreiben Sie uns, welche Barriere Ihnen begegnet ist.");
        assertThat(page.locator(".error-summary")).containsText("Bitte geben Sie eine E-Mail-Adresse");
        assertAccessible();
        assertThat(page.getByLabel("Ihre E-Mail-Adresse")).hasValue("erika.example.org");

        page.getByLabel("Ihre Nachricht")
                .fill("Auf der Karte sind die Punkte für Lissabon und Madrid zu nah beieinander.");
        page.getByLabel("Welche Seite betrifft es?").fill("Karte und Tabelle");
        page.getByLabel("Ihre E-Mail-Adresse").fill("erika@example.org");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Nachricht senden"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vielen Dank für Ihre Nachricht");
        assertAccessible();

        jakarta.mail.internet.MimeMessage mail = mailContaining("Lissabon und Madrid zu nah beieinander");
        org.assertj.core.api.Assertions.assertThat(mail.getAllRecipients()[0].toString())
                .isEqualTo("admin@demo.jumelage.invalid");

        logIn("admin", "admin-demo-2026");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Rückmeldungen"))
                .click();
        assertAccessible();
        var row = page.locator(
                "tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Lissabon und Madrid"));
        assertThat(row).containsText("erika@example.org");
        assertThat(row).containsText("offen");
        row.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("als erledigt markiert");
        assertAccessible();
        assertThat(page.getByText("Lissabon und Madrid")).hasCount(0);
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Alle")).click();
        assertThat(page.locator(
                        "tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Lissabon und Madrid")))
                .containsText("erledigt von admin");
        assertAccessible();
    }

    @Test
    void theFormWorksInEnglishAndTheLanguageSwitchKeepsThePage() {
        visit("/en/accessibility/feedback");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Deutsch")).click();
        assertThat(page).hasURL(url("/de/barrierefreiheit/rueckmeldung"));
        visit("/en/easy-read");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("You can write to us here"))
                .click();
        assertThat(page).hasURL(url("/en/accessibility/feedback"));
        page.getByLabel("Your message").fill("The skip link is hard to see.");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Send message"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Thank you for your message");
        assertAccessible();
    }

    /** The mail with this text, waiting for it to arrive (the notification goes out after the message was stored). */
    private static jakarta.mail.internet.MimeMessage mailContaining(String text) {
        return org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> find(text), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static java.util.Optional<jakarta.mail.internet.MimeMessage> find(String text) throws Exception {
        for (var mail : smtp.getReceivedMessages()) {
            if (mail.getContent().toString().contains(text)) {
                return java.util.Optional.of(mail);
            }
        }
        return java.util.Optional.empty();
    }
}
