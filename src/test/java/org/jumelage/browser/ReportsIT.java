package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * A viewer answers "everything about Warsaw 2020–2025": opens the reports from the menu, narrows them to Warsaw and
 * the years, saves the report and runs it again from the list, makes the dossier and downloads it as a Word document
 * that names the period's activities; a wrong period is refused with its reason; the reports in English at a phone's
 * width. axe-core checks every page visited.
 */
class ReportsIT extends BrowserTest {

    @Test
    void aViewerAnswersEverythingAboutWarsawWithOneDownload() {
        logIn("viewer", "viewer-demo-2026");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Auswertungen"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Auswertungen");
        assertThat(page.locator("svg.chart").first()).isVisible();
        assertAccessible();

        page.getByLabel("Ab Jahr").fill("2020");
        page.getByLabel("Bis Jahr").fill("2025");
        page.getByLabel("Partnerstadt", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Warschau"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Auswerten"))
                .click();
        Locator byCity = page.locator("table:has(caption:text-is('Aktivitäten nach Partnerstadt'))");
        assertThat(byCity).containsText("Warschau");
        assertAccessible();

        String name = "Warschau 2020–2025 " + System.nanoTime();
        page.getByLabel("Diese Auswertung speichern unter").fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(page.getByLabel("Ab Jahr")).hasValue("2020");
        assertThat(page.getByLabel("Bis Jahr")).hasValue("2025");
        assertAccessible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Dossier für eine parlamentarische Anfrage erstellen"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Dossier für eine parlamentarische Anfrage");
        assertThat(page.getByLabel("Ab Jahr")).hasValue("2020");
        assertAccessible();
        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als Word-Dokument (DOCX)"))
                        .click());
        assertThat(download.suggestedFilename()).isEqualTo("dossier-warsaw-2020-2025.docx");
        String text = wordText(download);
        assertThat(text)
                .contains("Dossier: Warschau, 2020–2025")
                .contains("Online-Seminar mit Warschau: Hitzeschutz in der Stadt")
                .contains("Studienreise nach Warschau: Fahrradverleih und Radwege")
                .doesNotContain("Delegation der Stadt Warschau zu Verkehrsplanung")
                .doesNotContain("Tomasz Nowak");

        // A period that ends before it begins: the page says why, and no file comes.
        page.getByLabel("Bis Jahr").fill("2019");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als PDF"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("Das Anfangsjahr liegt nach dem Endjahr.");
        assertAccessible();

        // The reports in English, at a phone's width.
        page.setViewportSize(390, 844);
        visit("/office/reports?city="
                + page.getByLabel("Partnerstadt", new Page.GetByLabelOptions().setExact(true))
                        .inputValue() + "&from=2020&to=2025");
        page.locator(".site-header__language").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Reports");
        assertThat(page.locator("table:has(caption:text-is('Activities by partner city'))"))
                .containsText("Warsaw");
        assertAccessible();
        assertNoSidewaysScrolling(page);
    }

    private static String wordText(Download download) {
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(download.path()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
