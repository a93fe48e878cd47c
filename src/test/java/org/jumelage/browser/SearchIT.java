package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * The office finds a lesson learned by a word in its minutes: the minutes of the demo's kick-off seminar are uploaded
 * as a PDF, found by a word that only they contain (as the person types, with htmx, and by the header's box), narrowed
 * by kind, opened to the activity with its lessons, in German and in English; a person without the office's rights and
 * the public do not find it, the public finds its city pages. axe-core checks every page visited.
 */
class SearchIT extends BrowserTest {

    private static final String WORD = "Sprachlotsen";

    @Test
    void theOfficeFindsALessonLearnedByAWordInItsMinutes() {
        logIn("admin", "admin-demo-2026");
        // The seminar, found by the header's search box.
        page.getByLabel("Suchbegriff").fill("Auftaktseminar");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Suchen").setExact(true))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1)))
                .hasText("Suche");
        assertAccessible();
        page.locator(".search-hit a", new Page.LocatorOptions().setHasText("Move Your Mind: Auftaktseminar"))
                .first()
                .click();
        assertThat(page.locator("#outcome")).containsText("Sprachvorbereitung drei Monate vor der Hospitation");

        // Its minutes, a real PDF with a word nothing else holds.
        page.locator("summary", new Page.LocatorOptions().setHasText("Dokument hochladen"))
                .click();
        page.getByLabel("Art", new Page.GetByLabelOptions().setExact(true)).selectOption("MINUTES");
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Protokoll");
        page.getByLabel("Datei").setInputFiles(new FilePayload("protokoll.pdf", "application/pdf", minutes()));
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Hochladen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Dokument ist gespeichert.");

        // Found as the person types (htmx swaps the results), once the index has read the file.
        visit("/office/search");
        Locator hit = page.locator(".search-hit", new Page.LocatorOptions().setHasText("Protokoll (Fassung 1)"));
        for (int attempt = 0; attempt < 20 && hit.count() == 0; attempt++) {
            page.getByLabel("Suchen nach").fill("");
            page.getByLabel("Suchen nach")
                    .pressSequentially(WORD.toLowerCase(), new Locator.PressSequentiallyOptions().setDelay(20));
            page.waitForTimeout(1000);
        }
        assertThat(hit).hasCount(1);
        assertThat(hit.locator("mark").first()).hasText("Sprachlotsen");
        assertThat(hit).containsText("Move Your Mind: Auftaktseminar");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/office/search\\?q=sprachlotsen$"));
        assertAccessible();

        // Narrowed to the kind, then opened: the activity with what was learned.
        page.locator(".search-facets a", new Page.LocatorOptions().setHasText("Dokument einer Aktivität"))
                .click();
        assertThat(page.locator(".search-count")).hasText("Ein Treffer");
        assertAccessible();
        hit.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#outcome")).containsText("Sprachvorbereitung drei Monate vor der Hospitation");
        assertThat(page.locator("#documents")).containsText("Protokoll");
        assertAccessible();

        // The same in English, with a typo.
        page.locator(".site-header__language").click();
        visit("/office/search?q=Sprachlotzen");
        Locator english = page.locator(".search-hit", new Page.LocatorOptions().setHasText("Protokoll (version 1)"));
        assertThat(english).hasCount(1);
        assertThat(english.locator(".search-hit__kind")).hasText("Document of an activity");
        english.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#outcome")).containsText("Sprachvorbereitung drei Monate vor der Hospitation");
        assertAccessible();

        // Someone outside the office does not find it, and the public neither.
        BrowserContext other = newContext(true);
        Page staff = other.newPage();
        logIn(staff, "staff", "staff-demo-2026");
        visit(staff, "/office/search?q=" + WORD);
        assertThat(staff.locator(".search-count")).hasText("Keine Treffer");
        other.close();
        visit("/de/suche?q=" + WORD);
        assertThat(page.locator(".search-count")).hasText("Keine Treffer");
    }

    @Test
    void thePublicSearchesPublicContentInBothLanguages() {
        visit("/de/suche");
        page.getByLabel("Suchen nach").fill("Paris");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Suchen"))
                .click();
        assertThat(page.locator(".search-hit a").first()).isVisible();
        assertAccessible();
        page.locator(".search-hit a", new Page.LocatorOptions().setHasText("Paris – Städtepartnerschaft"))
                .first()
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/de/staedtepartnerschaften/paris$"));

        visit("/en/search?q=Warsaw");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1)))
                .hasText("Search");
        assertThat(page.locator(".search-hit a", new Page.LocatorOptions().setHasText("Warsaw"))
                        .first())
                .isVisible();
        assertAccessible();
    }

    @Test
    void theSearchWorksWithoutJavaScript() {
        BrowserContext plain = newContext(false);
        Page noScript = plain.newPage();
        logIn(noScript, "viewer", "viewer-demo-2026");
        visit(noScript, "/office/search");
        noScript.getByLabel("Suchen nach").fill("Sprachkurse");
        noScript.getByRole(
                        AriaRole.BUTTON,
                        new GetByRoleOptions().setName("Suchen").setExact(true))
                .last()
                .click();
        assertThat(noScript.locator(".search-hit mark").first()).hasText("Sprachkurse");
        noScript.locator("#facet-kind + ul a")
                .filter(new Locator.FilterOptions()
                        .setHasText(java.util.regex.Pattern.compile("^\\s*Aktivität\\s+\\(")))
                .click();
        assertThat(noScript.locator(".search-count")).not().hasText("Keine Treffer");
        assertThat(noScript.locator(".search-hit").first()).containsText("Aktivität");
        plain.close();
    }

    /** A one-page PDF, as a word processor writes minutes. */
    private static byte[] minutes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage sheet = new PDPage();
            document.addPage(sheet);
            try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Protokoll des Auftaktseminars. Beschluss: " + WORD + " begleiten die Gaeste.");
                content.endText();
            }
            document.save(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
