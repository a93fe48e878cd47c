package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one line the build prints when the browser for the browser tests does not start. */
class BrowserCheckTests {

    @Test
    void playwrightsWrappedMessageGivesItsOwnFirstLine() {
        String message = """
                Error {
                  message='Failed to launch chromium because executable doesn't exist at /opt/none
                  name='Error
                  stack='Error: Failed to launch chromium because executable doesn't exist at /opt/none
                    at Chromium._prepareToLaunch (browserType.js:178:15)
                }""";

        assertThat(BrowserCheck.firstLine(message))
                .isEqualTo("Failed to launch chromium because executable doesn't exist at /opt/none");
    }

    @Test
    void aPlainMessageGivesItsFirstLine() {
        assertThat(BrowserCheck.firstLine("  Host system is missing dependencies\n  libnss3.so\n"))
                .isEqualTo("Host system is missing dependencies");
        assertThat(BrowserCheck.firstLine(null)).isEqualTo("no reason given");
    }

    @Test
    void aBrowserThatDoesNotStartIsReportedWithItsReason() {
        assertThat(BrowserCheck.start("/nonexistent/chromium")).contains("executable doesn't exist");
    }
}
