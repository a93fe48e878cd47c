package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * An administrator reads the audit trail (ADR 0036): a failed sign-in of a colleague and the administrator's own change
 * of a record are there, found by filter, the record's other entries a link away, and downloaded as CSV; in English
 * and on a phone too; a filter that cannot be read says why.
 */
class AuditIT extends BrowserTest {

    @Test
    void theAdministratorFindsAFailedSignInAndTheirOwnChangeAndDownloadsThem() throws Exception {
        // A colleague mistypes their password.
        BrowserContext colleague = newContext(true);
        Page mistyped = colleague.newPage();
        logIn(mistyped, "viewer", "not-the-password");
        assertThat(mistyped.getByText("Die Anmeldung ist fehlgeschlagen", new Page.GetByTextOptions().setExact(false)))
                .isVisible();

        logIn("admin", "admin-demo-2026");
        visit("/office/accounts");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Protokoll"))
                .click();
        assertThat(page.locator("h1")).hasText("Protokoll");
        assertAccessible();

        page.getByLabel("Wer").fill("viewer");
        page.getByLabel("Was").selectOption("SIGN_IN_FAILED");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Filtern"))
                .click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Anmeldung fehlgeschlagen");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("BadCredentials");
        assertAccessible();
        shot(page, "audit-1280");

        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Auswahl als CSV herunterladen"))
                        .click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("audit.csv");
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("id,occurred_at,actor");
        org.assertj.core.api.Assertions.assertThat(csv).contains("viewer").contains("SIGN_IN_FAILED");

        // The administrator's own sign-in is there, and its account's other entries are a link away.
        page.getByLabel("Wer").fill("admin");
        page.getByLabel("Was").selectOption("SIGNED_IN");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Filtern"))
                .click();
        page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByLabel("Art des Datensatzes")).hasValue("Account");
        assertAccessible();

        // A period that ends before it starts: said, and nothing found.
        visit("/office/audit?from=2026-12-06&to=2026-12-01");
        assertThat(page.locator(".error-summary")).containsText("Das Ende des Zeitraums liegt vor seinem Anfang.");
        assertThat(page.getByText("Keine Einträge gefunden")).isVisible();
        assertAccessible();
        colleague.close();
    }

    @Test
    void inEnglishOnAPhone() {
        BrowserContext phone = sized("de-DE", 390, 844);
        Page small = phone.newPage();
        logIn(small, "admin", "admin-demo-2026");
        visit(small, "/office/audit?lang=en");
        assertThat(small.locator("h1")).hasText("Audit trail");
        assertThat(small.getByRole(AriaRole.TABLE)).containsText("Signed in");
        assertAccessible(small);
        assertNoSidewaysScrolling(small);
        shot(small, "audit-390-en");
        phone.close();
    }
}
