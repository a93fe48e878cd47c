package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A visitor whose browser asks for English, at a desktop's and at a phone's width: the site answers in English from
 * its first address on; the map names every pin on hover and on keyboard focus, marks Berlin, shows Europe enlarged,
 * draws each city once and keeps every pin a tap target of at least 24 pixels; a wrong address leads to a page of
 * the site in English that leads back.
 */
class VisitorIT extends BrowserTest {

    @Test
    void atADesktopsWidth() {
        walk(1280, 900);
    }

    @Test
    void atAPhonesWidth() {
        walk(390, 844);
    }

    private void walk(int width, int height) {
        BrowserContext english = sized("en-GB", width, height);
        try {
            Page visitor = english.newPage();
            visit(visitor, "/");
            assertThat(visitor).hasURL(url("/en/city-partnerships"));
            assertThat(visitor.locator("html")).hasAttribute("lang", "en");
            assertThat(visitor.locator("footer")).not().containsText("up to date");
            assertThat(visitor.locator("link[rel=icon]")).hasAttribute("href", "/favicon.ico");
            org.assertj.core.api.Assertions.assertThat(
                            visitor.request().get(url("/favicon.ico")).status())
                    .isEqualTo(200);
            assertNoSidewaysScrolling(visitor);
            // Running text keeps a reading width (46rem, about 75 characters) however wide the screen.
            Object widest = visitor.evaluate(
                    "() => Math.max(...[...document.querySelectorAll('main p')].map(p => p.getBoundingClientRect().width))");
            org.assertj.core.api.Assertions.assertThat(((Number) widest).doubleValue())
                    .isLessThanOrEqualTo(46 * 16);

            // A city's page: the contact's function and organisation in English.
            visit(visitor, "/en/city-partnerships/paris");
            assertThat(visitor.locator("address").first()).containsText("City partnerships (example contact)");
            assertThat(visitor.locator("address").first()).containsText("Senate Chancellery of Berlin");
            assertNoSidewaysScrolling(visitor);

            visit(visitor, "/en/city-partnerships/map");
            assertNoSidewaysScrolling(visitor);
            // Madrid has two relationships with Berlin: one pin, both in its name.
            Locator madrid = visitor.locator(".map-pins a", new Page.LocatorOptions().setHasText("Madrid"));
            assertThat(madrid).hasCount(1);
            assertThat(madrid).hasAccessibleName(java.util.regex.Pattern.compile("^Madrid: City partnership, .+"));
            // Madrid is on the enlarged Europe, Tokyo on the world.
            assertThat(visitor.locator("figure", new Page.LocatorOptions().setHasText("Europe, enlarged"))
                            .locator(".map-pins a", new Locator.LocatorOptions().setHasText("Madrid")))
                    .hasCount(1);
            assertThat(visitor.locator("figure", new Page.LocatorOptions().setHasText("The world."))
                            .locator(".map-pins a", new Locator.LocatorOptions().setHasText("Tokyo")))
                    .hasCount(1);
            // Every pin can be tapped: at least 24 × 24 pixels.
            for (Locator pin : visitor.locator(".map-pins a").all()) {
                BoundingBox box = pin.boundingBox();
                org.assertj.core.api.Assertions.assertThat(box.width).isGreaterThanOrEqualTo(24);
                org.assertj.core.api.Assertions.assertThat(box.height).isGreaterThanOrEqualTo(24);
            }
            // The name shows on hover and on keyboard focus, and is hidden otherwise.
            Locator label = madrid.locator(".pin-label");
            org.assertj.core.api.Assertions.assertThat(label.boundingBox().width)
                    .isLessThan(2);
            madrid.hover();
            org.assertj.core.api.Assertions.assertThat(label.boundingBox().width)
                    .isGreaterThan(40);
            visitor.mouse().move(0, 0);
            Locator tokyo = visitor.locator(".map-pins a", new Page.LocatorOptions().setHasText("Tokyo"));
            tokyo.focus();
            org.assertj.core.api.Assertions.assertThat(
                            tokyo.locator(".pin-label").boundingBox().width)
                    .isGreaterThan(40);
            assertWithinViewport(visitor, tokyo.locator(".pin-label"));
            // Berlin is marked, with its name.
            assertThat(visitor.locator(".home-label")).hasText("Berlin");
            assertThat(visitor.locator(".home-label")).isVisible();
            // The table below says the same: one row per pinned city.
            Set<String> pinned = new TreeSet<>();
            visitor.locator(".map-pins a").all().forEach(pin -> pinned.add(pin.getAttribute("href")));
            Set<String> tabled = new TreeSet<>();
            visitor.locator("#cities-table tbody th a").all().forEach(link -> tabled.add(link.getAttribute("href")));
            org.assertj.core.api.Assertions.assertThat(tabled).isEqualTo(pinned);
            org.assertj.core.api.Assertions.assertThat(
                            visitor.locator("#cities-table tbody tr").count())
                    .isEqualTo(pinned.size());
            // The reference pictures in docs/screenshots/ are these, looked at and copied by hand.
            List<Locator> figures = visitor.locator("figure.world-map").all();
            org.assertj.core.api.Assertions.assertThat(figures).hasSize(2);
            figures.get(0)
                    .screenshot(new Locator.ScreenshotOptions()
                            .setPath(Path.of("target", "screenshots", "map-world-" + width + ".png")));
            figures.get(1)
                    .screenshot(new Locator.ScreenshotOptions()
                            .setPath(Path.of("target", "screenshots", "map-europe-" + width + ".png")));

            // A wrong address: a page of the site, in English, that leads back to the overview.
            var response = visitor.navigate(url("/en/city-partnerships/atlantis"));
            org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
            assertAccessible(visitor);
            assertThat(visitor.locator("html")).hasAttribute("lang", "en");
            assertThat(visitor.locator("h1")).hasText("Page not found");
            assertThat(visitor.locator("header")).containsText("Berlin");
            visitor.getByRole(
                            com.microsoft.playwright.options.AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("To the city partnerships"))
                    .click();
            assertThat(visitor).hasURL(url("/en/city-partnerships"));

            // The sign-in, too, speaks the browser's language.
            visit(visitor, "/login");
            assertThat(visitor.locator("html")).hasAttribute("lang", "en");
            assertThat(visitor.locator("h1")).hasText("Log in");
        } finally {
            english.close();
        }
    }

    private static void assertWithinViewport(Page on, Locator element) {
        BoundingBox box = element.boundingBox();
        int viewport = on.viewportSize().width;
        org.assertj.core.api.Assertions.assertThat(box.x).isGreaterThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(box.x + box.width).isLessThanOrEqualTo(viewport);
    }
}
