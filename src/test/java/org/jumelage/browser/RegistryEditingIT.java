package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RegistryEditingIT extends BrowserTest {

    private static final byte[] PDF =
            ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private static final String DISTRICT = "Bezirksamt Charlottenburg-Wilmersdorf";

    @Test
    void anAdminRecordsADistrictsRelationshipWithAnInstrumentAndItsSignedDocument() {
        logIn("admin", "admin-demo-2026");
        visit("/office/partnerships");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Neue Beziehung erfassen"))
                .click();
        assertAccessible();

        page.getByLabel("Name auf Deutsch").fill("Krakau");
        page.getByLabel("Name auf Englisch").fill("Kraków");
        page.getByLabel("Name in der Landessprache").fill("Kraków");
        page.getByLabel("Sprache des Namens").fill("pl");
        page.getByLabel("Land", new Page.GetByLabelOptions().setExact(true)).selectOption("PL");
        page.getByLabel("Breitengrad").fill("50.0647");
        page.getByLabel("Längengrad").fill("19.945");
        page.getByLabel("Art der Beziehung").selectOption("FRIENDSHIP");
        page.getByLabel("Träger", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(DISTRICT));
        page.getByLabel("Jahr").fill("2024");
        page.getByLabel("Anlass").fill("Absichtserklärung");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Beziehung wurde erfasst");
        assertThat(page.locator("h1")).containsText("Krakau");
        assertThat(page.getByText("Träger: " + DISTRICT)).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Dokument hinzufügen"))
                .click();
        assertAccessible();
        page.getByLabel("Art des Dokuments").selectOption("MEMORANDUM_OF_UNDERSTANDING");
        page.getByLabel("Tag").fill("15");
        page.getByLabel("Monat").fill("3");
        page.getByLabel("Jahr").fill("2024");
        page.getByLabel("Ort").fill("Berlin");
        page.getByLabel("Unterzeichnetes Dokument")
                .setInputFiles(new FilePayload("memorandum-krakow.pdf", "application/pdf", PDF));
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Dokument wurde hinzugefügt");
        assertThat(page.getByText("15. März 2024")).isVisible();
        assertThat(page.getByText("Memorandum of Understanding")).isVisible();
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new GetByRoleOptions().setName(java.util.regex.Pattern.compile("memorandum-krakow.pdf"))))
                .isVisible();
        assertAccessible();

        page.locator("summary").first().click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Angaben zum Dokument bearbeiten"))
                .first()
                .click();
        assertAccessible();
        assertThat(page.getByLabel("Ort")).hasValue("Berlin");
        page.getByLabel("Ort").fill("Krakau");
        page.getByLabel("Unterzeichnende").fill("Kai Wegner, Aleksander Miszalski");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Dokument wurde gespeichert");
        assertThat(page.getByText("Unterzeichnet von: Kai Wegner, Aleksander Miszalski"))
                .isVisible();

        String documentLink = page.getByRole(
                        AriaRole.LINK,
                        new GetByRoleOptions().setName(java.util.regex.Pattern.compile("memorandum-krakow.pdf")))
                .getAttribute("href");
        var download = page.request().get(url(documentLink));
        org.assertj.core.api.Assertions.assertThat(download.body()).isEqualTo(PDF);
        org.assertj.core.api.Assertions.assertThat(download.headers().get("content-type"))
                .isEqualTo("application/pdf");

        // The list finds it among the district's relationships and names the district beside the type.
        visit("/office/partnerships");
        page.getByLabel("Träger", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(DISTRICT));
        assertThat(page.locator("#results")).containsText("Eine Beziehung gefunden");
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Krakau")))
                .isVisible();
        assertThat(page.locator("#results").getByText("Träger: " + DISTRICT)).isVisible();
        assertAccessible();

        // The public city page says which district holds it.
        visit("/de/staedtepartnerschaften/krakau");
        assertThat(page.getByText("Träger: " + DISTRICT)).isVisible();
        visit("/en/city-partnerships/krakow");
        assertThat(page.getByText("Held by: Charlottenburg-Wilmersdorf District Office"))
                .isVisible();
    }

    @Test
    void aFormWithErrorsShowsASummaryThatTakesFocusAndLinksToTheFields() {
        logIn("admin", "admin-demo-2026");
        visit("/office/partnerships/new");
        page.getByLabel("Breitengrad").fill("95");
        page.getByLabel("Wikidata-Kennung").fill("90");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();

        var summary = page.locator(".error-summary");
        assertThat(summary).isFocused();
        assertThat(summary).containsText("Bitte korrigieren Sie die folgenden Angaben");
        assertThat(summary).containsText("Der Breitengrad muss zwischen −90 und 90 liegen.");
        assertThat(summary).containsText("Eine Wikidata-Kennung beginnt mit Q");
        assertAccessible();

        summary.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Der Breitengrad muss zwischen −90 und 90 liegen."))
                .click();
        assertThat(page.getByLabel("Breitengrad")).isFocused();
        assertThat(page.getByLabel("Breitengrad")).hasAttribute("aria-invalid", "true");
        // Nothing was saved.
        visit("/office/partnerships?q=95");
        assertThat(page.getByText("Keine Beziehung gefunden")).isVisible();
    }

    @Test
    void anEditorSetsAPartnershipDormantWithAReasonAndSeesTheHistory() {
        logIn("editor", "editor-demo-2026");
        visit("/office/partnerships?q=prag");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Prag")).click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Status ändern"))
                .click();
        assertAccessible();

        page.getByLabel("Neuer Status").selectOption("DORMANT");
        page.getByLabel("Jahr").fill("2025");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("Bitte nennen Sie den Grund der Statusänderung.");
        assertAccessible();

        page.getByLabel("Grund").fill("Pause nach dem Wechsel der Stadtregierung");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Status wurde geändert");
        assertThat(page.getByText("Status: Ruhend")).isVisible();
        assertThat(page.getByText("Grund: Pause nach dem Wechsel der Stadtregierung"))
                .isVisible();
        assertThat(page.getByText(java.util.regex.Pattern.compile("erfasst von editor am")))
                .isVisible();
        assertAccessible();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndShowsTheOtherChanges() {
        BrowserContext otherContext = newContext(true);
        Page other = otherContext.newPage();
        logIn("admin", "admin-demo-2026");
        logIn(other, "admin", "admin-demo-2026");
        visit("/office/partnerships?q=windhuk");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Windhuk")).click();
        String edit = page.url() + "/edit";
        visit(page, edit.substring(edit.indexOf("/office")));
        visit(other, edit.substring(edit.indexOf("/office")));

        other.getByLabel("Notizen").fill("Aktionsplan 2023 wird umgesetzt.");
        other.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(other.getByRole(AriaRole.STATUS)).containsText("Die Änderungen wurden gespeichert");

        page.getByLabel("Notizen").fill("Meine Notiz");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Inzwischen von jemand anderem geändert");
        assertThat(page.locator(".conflict")).containsText("Aktionsplan 2023 wird umgesetzt.");
        assertThat(page.getByLabel("Notizen")).hasValue("Meine Notiz");
        assertAccessible();
        visit("/office/partnerships?q=windhuk");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Windhuk")).click();
        assertThat(page.getByText("Aktionsplan 2023 wird umgesetzt.")).isVisible();
        assertThat(page.getByText("Meine Notiz")).hasCount(0);
        otherContext.close();
    }

    @Test
    void aFileAboveTheServersLimitIsRefusedWithAClearMessage() {
        logIn("admin", "admin-demo-2026");
        visit("/office/partnerships?q=jakarta");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Jakarta")).click();
        String detail = page.url();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Dokument hinzufügen"))
                .click();
        page.getByLabel("Art des Dokuments").selectOption("COMMUNIQUE");
        page.getByLabel("Jahr").fill("2025");
        byte[] huge = new byte[13 * 1024 * 1024];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        page.getByLabel("Unterzeichnetes Dokument").setInputFiles(new FilePayload("huge.pdf", "application/pdf", huge));
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Die Datei ist zu groß: höchstens 10 MB.");
        assertAccessible();
        page.navigate(detail);
        assertThat(page.getByText("Kommuniqué")).hasCount(0);
    }
}
