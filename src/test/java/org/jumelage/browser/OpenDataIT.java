package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * A visitor finds the open data from any public page's footer, reads which columns a dataset has, downloads the
 * partnerships as CSV and finds Paris in it, in German, then reads the page in English at a phone's width; axe-core
 * checks every page visited.
 */
class OpenDataIT extends BrowserTest {

    @Test
    void aVisitorDownloadsThePartnershipsFromTheOpenDataPage() {
        visit("/de/staedtepartnerschaften");
        page.locator("footer")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Offene Daten"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Offene Daten");
        assertThat(page.locator("#partnerships table")).containsText("first_instrument");
        assertAccessible();
        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("CSV herunterladen (partnerships.csv)"))
                .click());
        assertThat(download.suggestedFilename()).isEqualTo("partnerships.csv");
        assertThat(read(download)).startsWith("id,city_de,city_en").contains(",Paris,Paris,");

        // The same page in English, at a phone's width.
        page.setViewportSize(390, 844);
        page.locator(".site-header__language").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Open data");
        assertThat(page.locator("#activities table")).containsText("partner_cities");
        assertAccessible();
        assertNoSidewaysScrolling(page);
    }

    private static String read(Download download) {
        try {
            return Files.readString(download.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
