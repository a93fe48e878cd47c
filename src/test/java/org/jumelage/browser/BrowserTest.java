package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Journeys through the running application in Chromium, as a person takes them. Every page visited is checked with
 * axe-core against WCAG 2.1 A and AA. All browser tests share one application context, so each works on its own
 * records of the demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        BrowserType.LaunchOptions options = BrowserCheck.launchOptions();
        chromium().ifPresent(options::setExecutablePath);
        browser = playwright.chromium().launch(options);
    }

    /**
     * The Chromium that the build found before the first browser test (`target/browser.properties`, written by the
     * POM's find-browser step); empty for Playwright's own browser. Run from an IDE without that file, the same
     * places are looked at here.
     */
    static Optional<Path> chromium() {
        String file = System.getProperty("jumelage.browser-file");
        if (file != null && Files.isRegularFile(Path.of(file))) {
            Properties found = new Properties();
            try (var in = Files.newInputStream(Path.of(file))) {
                found.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String path = found.getProperty("chromium", "").strip();
            return path.isEmpty() ? Optional.empty() : Optional.of(Path.of(path));
        }
        return Stream.of(System.getProperty("jumelage.chromium"), System.getenv("CHROME_PATH"), "/usr/bin/chromium")
                .filter(path -> path != null && !path.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = newContext(true);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private static final java.util.Set<BrowserContext> NO_SCRIPT =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    BrowserContext newContext(boolean javaScript) {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScript)
                .setLocale("de-DE")
                .setViewportSize(1280, 900));
        if (!javaScript) {
            NO_SCRIPT.add(created);
        }
        return created;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and checks it with axe-core. */
    Page visit(String path) {
        return visit(page, path);
    }

    Page visit(Page on, String path) {
        on.navigate(url(path));
        // axe-core runs as JavaScript in the page: where scripts are off, the same pages are checked in other tests.
        if (scriptsEnabled(on)) {
            assertAccessible(on);
        }
        return on;
    }

    private static boolean scriptsEnabled(Page on) {
        return !NO_SCRIPT.contains(on.context());
    }

    void assertAccessible() {
        assertAccessible(page);
    }

    static void assertAccessible(Page on) {
        if (NO_SCRIPT.contains(on.context())) {
            throw new IllegalStateException("axe-core needs JavaScript; check this page in a context with scripts");
        }
        AxeResults results = new AxeBuilder(on).withTags(WCAG_21_AA).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as("WCAG 2.1 AA violations on %s:%n%s", on.url(), describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /** A context in a language, at a width: a desktop's is 1280 × 900, a phone's 390 × 844. */
    BrowserContext sized(String locale, int width, int height) {
        return browser.newContext(
                new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, height));
    }

    /** The page's width is the screen's; where not, the widest offender is named. */
    static void assertNoSidewaysScrolling(Page on) {
        Object offender = on.evaluate("""
                () => {
                  const root = document.documentElement;
                  if (root.scrollWidth <= root.clientWidth) return null;
                  let widest = null;
                  for (const el of document.querySelectorAll('body *')) {
                    const right = el.getBoundingClientRect().right;
                    if (right > root.clientWidth + 1 && (!widest || right > widest.right)) {
                      widest = {right, tag: el.tagName + '.' + el.className + '#' + el.id};
                    }
                  }
                  return widest ? widest.tag + ' reaches ' + Math.round(widest.right) + 'px' : 'unknown';
                }
                """);
        assertThat(offender).as("the page scrolls sideways").isNull();
    }

    /** The whole page as a PNG in target/screenshots, to look at as its users will. */
    static void shot(Page on, String name) {
        Page.ScreenshotOptions options = new Page.ScreenshotOptions()
                .setFullPage(true)
                .setTimeout(15_000)
                .setPath(java.nio.file.Path.of("target", "screenshots", name + ".png"));
        try {
            on.screenshot(options);
        } catch (com.microsoft.playwright.TimeoutError stuck) {
            // Headless Chromium now and then never finishes capturing a full page (seen once in CI, in PrivacyIT,
            // after the fonts had loaded); a second capture is taken, and a second failure fails the test.
            on.screenshot(options);
        }
    }

    void logIn(String username, String password) {
        logIn(page, username, password);
    }

    void logIn(Page on, String username, String password) {
        visit(on, "/login");
        on.getByLabel("Benutzername").fill(username);
        on.getByLabel("Passwort").fill(password);
        on.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden"))
                .click();
        on.waitForLoadState();
    }
}
