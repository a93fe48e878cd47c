package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo's completed stay in Warsaw: the office finds its documents as PDF attachments in three languages and its
 * certificate's number; a visitor checks that number on the public site (typed carelessly), in German and in English,
 * and a wrong number is answered plainly. axe-core checks every page visited.
 */
class ExchangePapersIT extends BrowserTest {

    @Test
    void theOfficeDownloadsTheDocumentsAndAVisitorChecksTheCertificate() {
        logIn("admin", "admin-demo-2026");
        visit("/office/exchange/stays");
        page.getByRole(
                        AriaRole.LINK,
                        new GetByRoleOptions().setName("Vera Viewer (Demo)").setExact(true))
                .click();
        assertThat(page.locator("#papers")).containsText("Teilnahmebescheinigung Nr.");
        assertAccessible();
        for (String name : new String[] {
            "Lernvereinbarung (aktuelle Version) herunterladen, Français",
            "Aufenthaltsbestätigung herunterladen, English",
            "Teilnahmebescheinigung herunterladen, Deutsch"
        }) {
            String href = page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(name))
                    .getAttribute("href");
            APIResponse pdf = page.request().get(url(href));
            org.assertj.core.api.Assertions.assertThat(pdf.status()).as(name).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type"))
                    .isEqualTo("application/pdf");
            org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-disposition"))
                    .startsWith("attachment;");
            org.assertj.core.api.Assertions.assertThat(
                            new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
        Matcher number = Pattern.compile("Nr\\. ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})")
                .matcher(page.locator("#papers").innerText());
        org.assertj.core.api.Assertions.assertThat(number.find()).isTrue();
        String certificate = number.group(1);

        // A visitor checks it, typed in lower case with spaces.
        BrowserContext visitorContext = newContext(true);
        Page visitor = visitorContext.newPage();
        visit(visitor, "/de/bescheinigung");
        visitor.getByLabel("Nummer der Bescheinigung")
                .fill(certificate.toLowerCase().replace("-", " "));
        visitor.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Prüfen"))
                .click();
        assertThat(visitor.locator("#certificate-result"))
                .containsText("Die Bescheinigung Nr. " + certificate + " wurde ausgestellt und ist echt.");
        assertThat(visitor.locator("#certificate-result")).containsText("Vera Viewer (Demo)");
        assertThat(visitor.locator("#certificate-result")).containsText("Stadt Warschau");
        // Nothing beyond the certificate: no unit, no agreement, no score.
        assertThat(visitor.locator("#certificate-result")).not().containsText("Senatsverwaltung");
        assertAccessible(visitor);

        // In English, a wrong number.
        visit(visitor, "/en/certificate?number=AAAA-BBBB-CCCC");
        assertThat(visitor.locator("#certificate-result"))
                .containsText("No certificate with the number \"AAAA-BBBB-CCCC\" was issued.");
        assertAccessible(visitor);
        visitorContext.close();
    }
}
