package org.jumelage.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Run by the build (exec-maven-plugin, {@code browser-check}) after the POM's find-browser step and before the first
 * browser test: does the browser the tests will use start? A Chromium that is there but cannot start (a library
 * missing, a wrong {@code CHROME_PATH}, Playwright's own download without the system libraries it needs) would
 * otherwise fail every browser test with the same long error. Playwright's own Chromium that does not start on Linux
 * gets one try of {@code playwright install-deps} (which needs root and apt). Prints one line; exits with 1 when the
 * browser does not start.
 *
 * <p>Argument: the file find-browser wrote ({@code chromium=} the system Chromium's path, or empty for Playwright's).
 */
public final class BrowserCheck {

    private BrowserCheck() {}

    /**
     * Headless, and without Chromium's own connections, which a closed network refuses many at a time; without the
     * sandbox, which needs a user namespace that containers and root lack. The browser tests start it the same.
     */
    public static BrowserType.LaunchOptions launchOptions() {
        return new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync"));
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String path = args.length > 0 ? chromiumIn(Path.of(args[0])) : "";
        String which = path.isEmpty() ? "Playwright's own Chromium" : path;
        String failure = start(path);
        if (failure != null && path.isEmpty() && onLinux()) {
            System.out.println(which + " does not start (" + failure + "); asking Playwright to install its libraries");
            installDependencies();
            failure = start(path);
        }
        if (failure != null) {
            System.out.println(which + " does not start (" + failure + "): install Chromium (Debian/Ubuntu: apt-get"
                    + " install chromium) or set CHROME_PATH to a Chrome or Chromium that starts.");
            System.exit(1);
        }
    }

    /** Starts the browser and renders a page; the reason it failed, or {@code null}. */
    static String start(String path) {
        try (Playwright playwright = Playwright.create()) {
            BrowserType.LaunchOptions options = launchOptions();
            if (!path.isEmpty()) {
                options.setExecutablePath(Path.of(path));
            }
            try (Browser browser = playwright.chromium().launch(options)) {
                browser.newPage().setContent("<!doctype html><title>check</title><p>Jumelage</p>");
                System.out.println("Browser tests use " + (path.isEmpty() ? "Playwright's own Chromium" : path) + " ("
                        + browser.version() + ")");
                return null;
            }
        } catch (PlaywrightException failed) {
            return firstLine(failed.getMessage());
        } catch (RuntimeException failed) {
            // Playwright could not set itself up: without a system Chromium it downloads its own, which fails without
            // access to its download servers ("Failed to create driver", caused by "Failed to install browsers").
            Throwable cause = failed;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return firstLine(cause.getMessage());
        }
    }

    /**
     * Playwright's messages run over many lines (an {@code Error {} wrapper, the browser's log, a stack); the line
     * of its {@code message='…'}, else the first line, says what went wrong.
     */
    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        int quoted = message.indexOf("message='");
        String from = quoted >= 0 ? message.substring(quoted + "message='".length()) : message.strip();
        return from.lines().findFirst().orElse("").strip();
    }

    private static String chromiumIn(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        Properties found = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            found.load(in);
        }
        return found.getProperty("chromium", "").strip();
    }

    private static boolean onLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    private static void installDependencies() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "com.microsoft.playwright.CLI",
                        "install-deps",
                        "chromium")
                .inheritIO()
                .start()
                .waitFor();
    }
}
