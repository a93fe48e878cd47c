package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * An administrator answers a data subject's request (ADR 0037): finds a colleague's account, downloads what is kept as
 * PDF and JSON, erases it (after confirming), and reads the record of processing activities; a wrong address is
 * refused with a message; in English on a phone too.
 */
class PrivacyIT extends BrowserTest {

    @Test
    void theAdministratorFindsAPersonDownloadsTheirDataAndErasesThem() throws Exception {
        logIn("admin", "admin-demo-2026");
        // A colleague's account, made for this test.
        String username = "anfrage-" + Long.toString(System.nanoTime(), 36);
        visit("/office/accounts/new");
        page.getByLabel("Benutzername").fill(username);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Anna Anfrage");
        page.getByLabel("E-Mail-Adresse").fill(username + "@example.org");
        page.getByLabel("Rolle").selectOption("VIEWER");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Konto anlegen"))
                .click();
        assertThat(page.locator(".one-time-password")).isVisible();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Datenschutz"))
                .click();
        assertThat(page.locator("h1")).hasText("Auskunft und Löschung");
        assertAccessible();

        page.getByLabel("E-Mail-Adresse").fill("keine-adresse");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Person suchen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("E-Mail-Adresse in der Form");
        assertAccessible();

        // The colleague's address belongs to an account: the request is asked by the user name.
        page.getByLabel("E-Mail-Adresse").fill(username.toUpperCase() + "@example.org");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Person suchen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("gehört zu einem Konto");

        page.getByLabel("E-Mail-Adresse").fill("");
        page.getByLabel("Benutzername").fill(username);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Person suchen"))
                .click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Konten und Organisation");
        assertAccessible();
        shot(page, "privacy-request-1280");

        Download pdf = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Auskunft als PDF herunterladen"))
                        .click());
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(pdf.path()))
                .startsWith("%PDF-".getBytes());
        Download json = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Auskunft als JSON herunterladen"))
                        .click());
        org.assertj.core.api.Assertions.assertThat(Files.readString(json.path()))
                .contains("Anna Anfrage");

        // Looking and downloading are in the audit trail, by the account's number.
        visit("/office/audit?action=SUBJECT_ACCESS&actor=admin");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Auskunft eingesehen");
        visit("/office/privacy?username=" + username);

        // Erasing asks for the confirmation first.
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Jetzt löschen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte bestätigen Sie");
        page.getByLabel("Ich habe den Antrag und die Identität der Person geprüft.")
                .check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Jetzt löschen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Daten der Person sind gelöscht");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("AuditEntry");
        assertAccessible();
        shot(page, "privacy-erased-1280");

        // The account is gone: nobody finds it by its name any more.
        visit("/office/privacy?username=" + username);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("kein Konto");

        visit("/office/privacy/record");
        assertThat(page.locator("h1")).hasText("Verzeichnis von Verarbeitungstätigkeiten");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Protokoll (Audit-Trail)")))
                .isVisible();
        assertAccessible();
    }

    @Test
    void inEnglishOnAPhone() {
        BrowserContext phone = sized("de-DE", 390, 844);
        Page small = phone.newPage();
        logIn(small, "admin", "admin-demo-2026");
        visit(small, "/office/privacy?lang=en&username=viewer");
        assertThat(small.locator("h1")).hasText("Access and erasure requests");
        assertThat(small.getByRole(AriaRole.TABLE)).containsText("Accounts and organisation");
        assertAccessible(small);
        assertNoSidewaysScrolling(small);
        shot(small, "privacy-request-390-en");
        visit(small, "/office/privacy/record");
        assertThat(small.locator("h1")).hasText("Record of processing activities");
        assertAccessible(small);
        assertNoSidewaysScrolling(small);
        shot(small, "privacy-record-390-en");
        phone.close();
    }
}
