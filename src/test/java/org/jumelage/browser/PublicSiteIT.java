package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicSiteIT extends BrowserTest {

    private static final List<String> PAGES = List.of(
            "/de/staedtepartnerschaften",
            "/en/city-partnerships",
            "/de/staedtepartnerschaften/karte",
            "/en/city-partnerships/map",
            "/de/staedtepartnerschaften/moskau",
            "/en/city-partnerships/moscow",
            "/de/staedtepartnerschaften/bruessel",
            "/en/city-partnerships/tel-aviv",
            "/de/aktuelles",
            "/en/news",
            "/de/rueckblick",
            "/en/review",
            "/de/barrierefreiheit",
            "/en/accessibility",
            "/de/barrierefreiheit/rueckmeldung",
            "/en/accessibility/feedback",
            "/de/leichte-sprache",
            "/en/easy-read",
            "/de/impressum",
            "/en/imprint",
            "/de/datenschutz",
            "/en/privacy");

    @Test
    void aVisitorGoesFromTheOverviewOverMapAndTableToACityAndSwitchesLanguage() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/de/staedtepartnerschaften"));
        assertAccessible();
        assertThat(page.locator("h1")).hasText("Städtepartnerschaften");
        assertThat(page.getByText("ist Berlin mit 19 Städten verbunden")).isVisible();

        page.getByRole(
                        AriaRole.LINK,
                        new GetByRoleOptions().setName("Alle Partnerstädte auf der Karte und in einer Tabelle"))
                .click();
        assertAccessible();
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Moskau"))
                        .first())
                .isVisible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Zur Tabelle"))
                .click();
        var table = page.getByRole(AriaRole.TABLE);
        table.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Moskau"))
                .click();

        assertThat(page).hasURL(url("/de/staedtepartnerschaften/moskau"));
        assertAccessible();
        assertThat(page.locator("h1 [lang=ru]")).hasText("(Москва)");
        assertThat(page.getByText("Ruhend seit 2022")).isVisible();
        assertThat(page.getByText("Die Partnerschaft ruht seit 2022 auf offizieller Ebene"))
                .isVisible();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("English")).click();
        assertThat(page).hasURL(url("/en/city-partnerships/moscow"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).containsText("Moscow");
        assertThat(page.getByText("Dormant since 2022")).isVisible();
        assertAccessible();
    }

    @Test
    void everyPublicPageIsAccessibleHasUniqueIdsAndAlternativesForImages() {
        for (String path : PAGES) {
            visit(path);
            List<?> duplicates = (List<?>) page.evaluate(
                    "() => { const seen = new Set(), dup = []; document.querySelectorAll('[id]').forEach(e => {"
                            + " if (seen.has(e.id)) dup.push(e.id); seen.add(e.id); }); return dup; }");
            org.assertj.core.api.Assertions.assertThat(duplicates)
                    .as("duplicate ids on %s", path)
                    .isEmpty();
            assertThat(page.locator("img:not([alt])")).hasCount(0);
            assertThat(page.locator("svg[role=img]:not([aria-label])")).hasCount(0);
            assertThat(page.locator("link[rel=alternate][hreflang=de]")).hasCount(1);
            assertThat(page.locator("link[rel=alternate][hreflang=en]")).hasCount(1);
            assertThat(page.locator("link[rel=canonical]")).hasCount(1);
        }
    }

    @Test
    void aKeyboardOnlyVisitorUsesTheSkipLinkAndReachesEveryLinkInOrder() {
        visit("/de/staedtepartnerschaften");
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Zum Inhalt springen")))
                .isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();

        // From the main content on, Tab visits every link and control of the page and its footer in document order.
        @SuppressWarnings("unchecked")
        List<String> expected = (List<String>) page.evaluate(
                "() => Array.from(document.querySelectorAll('main a[href], main button, main input, main select,"
                        + " footer a[href]'))"
                        + ".map(e => e.getAttribute('href') || e.id)");
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            page.keyboard().press("Tab");
            visited.add((String)
                    page.evaluate("() => document.activeElement.getAttribute('href') || document.activeElement.id"));
        }
        org.assertj.core.api.Assertions.assertThat(visited).isEqualTo(expected);
    }

    @Test
    void withoutJavaScriptAllContentIsThere() {
        BrowserContext noScript = newContext(false);
        Page plain = noScript.newPage();
        plain.navigate(url("/en/city-partnerships"));
        assertThat(plain.locator("main .city-list").first().locator("a")).hasCount(19);
        plain.navigate(url("/en/city-partnerships/map"));
        // The table carries the same information as the map: every pinned city, and no other.
        java.util.Set<String> pinned = new java.util.TreeSet<>();
        plain.locator(".map-pins a").all().forEach(pin -> pinned.add(pin.getAttribute("href")));
        java.util.Set<String> tabled = new java.util.TreeSet<>();
        plain.locator("table a").all().forEach(link -> tabled.add(link.getAttribute("href")));
        org.assertj.core.api.Assertions.assertThat(pinned).isEqualTo(tabled).hasSizeGreaterThanOrEqualTo(25);
        plain.navigate(url("/en/city-partnerships/tokyo"));
        assertThat(plain.getByText("Joint declaration")).isVisible();
        noScript.close();
    }

    @Test
    void publicPagesAreCompressedAndSetNoCookie() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/de/staedtepartnerschaften", "/en/city-partnerships/map", "/de/impressum")) {
            var response = client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Encoding"))
                    .as("compression of %s", path)
                    .contains("gzip");
            org.assertj.core.api.Assertions.assertThat(response.headers().allValues("Set-Cookie"))
                    .as("cookies set by %s", path)
                    .isEmpty();
            String html = new String(
                    new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(html).contains("</html>");
        }
    }
}
