package org.jumelage.publicweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statement, easy-read, imprint and privacy pages, linked from every public page's footer; and the site's name
 * and operator come from configuration, so another city runs the same product under its own name.
 */
@SpringBootTest(
        properties = {
            "jumelage.site.name.de=Hamburg – Internationale Zusammenarbeit",
            "jumelage.site.name.en=Hamburg – International cooperation",
            "jumelage.site.operator=Freie und Hansestadt Hamburg\\nSenatskanzlei",
            "jumelage.site.email=international@hamburg.example",
            "jumelage.feedback.retention=P45D"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicInfoPagesTests {

    @Autowired
    MockMvc mvc;

    private String html(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void everyPublicPageLinksTheInformationPagesInItsFooterInItsLanguage() throws Exception {
        Map<String, String[]> footers = Map.of(
                "/de/staedtepartnerschaften",
                new String[] {
                    "/de/barrierefreiheit",
                    "/de/barrierefreiheit/rueckmeldung",
                    "/de/leichte-sprache",
                    "/de/impressum",
                    "/de/datenschutz"
                },
                "/en/city-partnerships/paris",
                new String[] {
                    "/en/accessibility", "/en/accessibility/feedback", "/en/easy-read", "/en/imprint", "/en/privacy"
                },
                "/en/accessibility/feedback",
                new String[] {"/en/accessibility", "/en/imprint"});
        for (var entry : footers.entrySet()) {
            String page = html(entry.getKey());
            String footer = page.substring(page.indexOf("<footer"));
            for (String link : entry.getValue()) {
                assertThat(footer).as("%s links %s", entry.getKey(), link).contains("href=\"" + link + "\"");
            }
        }
    }

    @Test
    void theSiteNameOperatorAndContactComeFromConfiguration() throws Exception {
        assertThat(html("/de/impressum"))
                .contains("<title>Impressum – Hamburg – Internationale Zusammenarbeit</title>")
                .contains("<span>Freie und Hansestadt Hamburg</span><br><span>Senatskanzlei</span>")
                .contains("mailto:international@hamburg.example")
                .doesNotContain("Berlin – EU");
        assertThat(html("/en/city-partnerships")).contains("content=\"Hamburg – International cooperation\"");
    }

    @Test
    void theAccessibilityStatementNamesItsStatusBarriersFeedbackAndTheCommissioner() throws Exception {
        assertThat(html("/de/barrierefreiheit"))
                .contains("teilweise vereinbar")
                .contains("<strong>Weltkarte</strong>")
                .contains("href=\"/de/barrierefreiheit/rueckmeldung\"")
                .contains(
                        "href=\"https://www.berlin.de/sen/inneres/moderne-verwaltung/digitale-barrierefreiheit/landesbeauftragte/\"")
                .contains("zuletzt am 26. November 2026 überprüft");
        assertThat(html("/en/accessibility")).contains("partially compliant").contains("on 26 November 2026");
    }

    @Test
    void thePrivacyPageStatesTheConfiguredRetentionAndEasyReadExplainsTheSite() throws Exception {
        assertThat(html("/en/privacy")).contains("deleted after 45 days");
        assertThat(html("/de/datenschutz")).contains("nach 45 Tagen gelöscht");
        assertThat(html("/de/leichte-sprache")).contains("Das nennt man: Städte-Partnerschaft.");
        assertThat(html("/en/easy-read")).contains("hreflang=\"de\" href=\"http://localhost:8080/de/leichte-sprache\"");
    }
}
