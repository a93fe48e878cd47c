package org.jumelage.publicweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The public site's addresses, caching headers, sitemap and robots. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicSiteTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theFirstAddressAndTheSignInFollowTheBrowsersLanguageUntilThePersonChooses() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9,de;q=0.5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/en/city-partnerships"))
                .andExpect(header().string("Vary", "Accept-Language, Cookie"));
        // The first language Jumelage has texts for counts; without any, German.
        mvc.perform(get("/").header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5"))
                .andExpect(redirectedUrl("/en/city-partnerships"));
        mvc.perform(get("/").header("Accept-Language", "fr-FR")).andExpect(redirectedUrl("/de/staedtepartnerschaften"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/de/staedtepartnerschaften"));
        // A choice made (the cookie a language switch sets) wins over the browser.
        mvc.perform(get("/").header("Accept-Language", "en-GB")
                        .cookie(new jakarta.servlet.http.Cookie("jumelage-lang", "de")))
                .andExpect(redirectedUrl("/de/staedtepartnerschaften"));
        mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\"")));
        mvc.perform(get("/login"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"de\"")));
    }

    @Test
    void everyPageHasAnIconAndTheFooterSaysWhereTheDataComesFromWithoutPromisingItIsCurrent() throws Exception {
        mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .bytes(org.springframework.util.StreamUtils.copyToByteArray(
                                new org.springframework.core.io.ClassPathResource("static/favicon.ico")
                                        .getInputStream())));
        mvc.perform(get("/en/city-partnerships"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("rel=\"icon\" href=\"/favicon.ico\"")))
                // The test installation is a demo: the footer says its data is example data.
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("example data, compiled from public sources")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("up to date"))));
    }

    @Test
    void pagesCarryAnEtagAndLastModifiedAndAnswerConditionalRequestsWith304() throws Exception {
        MvcResult first = mvc.perform(get("/de/staedtepartnerschaften"))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(header().exists("Last-Modified"))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");
        String lastModified = first.getResponse().getHeader("Last-Modified");

        mvc.perform(get("/de/staedtepartnerschaften").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        mvc.perform(get("/de/staedtepartnerschaften").header("If-Modified-Since", lastModified))
                .andExpect(status().isNotModified());
        // Weak validators: Tomcat compresses only responses without a strong ETag.
        org.assertj.core.api.Assertions.assertThat(etag).startsWith("W/");
        String infoEtag =
                mvc.perform(get("/de/impressum")).andReturn().getResponse().getHeader("ETag");
        org.assertj.core.api.Assertions.assertThat(infoEtag).startsWith("W/");
        mvc.perform(get("/de/impressum").header("If-None-Match", infoEtag)).andExpect(status().isNotModified());
    }

    @Test
    void absoluteAddressesComeFromTheConfiguredBaseNeverFromTheHostHeader() throws Exception {
        for (String path :
                List.of("/sitemap.xml", "/robots.txt", "/de/staedtepartnerschaften", "/calendar/public.ics")) {
            String body = mvc.perform(
                            get(path).header("Host", "evil.example").header("X-Forwarded-Host", "evil.example"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body).as(path).doesNotContain("evil.example");
        }
        assertThat(mvc.perform(get("/robots.txt").header("Host", "evil.example"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Sitemap: http://localhost:8080/sitemap.xml");
    }

    @Test
    void theLanguageAloneLeadsToTheOverviewInThatLanguage() throws Exception {
        for (String path : List.of("/de", "/de/")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/de/staedtepartnerschaften"));
        }
        for (String path : List.of("/en", "/en/")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/en/city-partnerships"));
        }
    }

    @Test
    void eachCityHasAReadableAddressInEachLanguageAndUnknownOnesAreNotFound() throws Exception {
        String german = mvc.perform(get("/de/staedtepartnerschaften/warschau"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(german)
                .contains("<html lang=\"de\"")
                .contains("hreflang=\"en\" href=\"http://localhost:8080/en/city-partnerships/warsaw\"")
                .contains("lang=\"pl\">(Warszawa)</span>")
                .contains("\"@type\":\"City\"");
        mvc.perform(get("/en/city-partnerships/warsaw"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\"")));
        mvc.perform(get("/en/city-partnerships/warschau")).andExpect(status().isNotFound());
    }

    @Test
    void theSitemapListsEveryPageInBothLanguagesAndRobotsPointToIt() throws Exception {
        String sitemap = mvc.perform(get("/sitemap.xml"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(sitemap)
                .contains("<loc>http://localhost:8080/de/staedtepartnerschaften/moskau</loc>")
                .contains("<loc>http://localhost:8080/en/city-partnerships/moscow</loc>")
                .contains("<loc>http://localhost:8080/en/city-partnerships/map</loc>");
        assertThat(sitemap.split("<url>").length).isGreaterThanOrEqualTo(1 + 2 * (2 + 24));
        mvc.perform(get("/robots.txt"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Sitemap: http://localhost:8080/sitemap.xml")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Disallow: /office/")));
    }

    @Autowired
    org.jumelage.partners.domain.RegistryService registry;

    @Autowired
    org.jumelage.people.domain.AccountService accounts;

    @Test
    void aRelationshipTheOfficeKeepsInternalDoesNotAppearInPublic() throws Exception {
        mvc.perform(get("/en/city-partnerships/helsinki")).andExpect(status().isOk());
        String etagBefore = mvc.perform(get("/en/city-partnerships/map"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Helsinki")))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        org.jumelage.testing.Signed.in(accounts.loadUser("admin").orElseThrow(), () -> {
            var helsinki = registry.searchAll(
                            new org.jumelage.partners.PartnershipQuery(
                                    null, null, "FI", null, null, null, null, null, null, null, null),
                            java.util.Locale.GERMAN)
                    .getFirst();
            registry.edit(
                    helsinki.getId(),
                    helsinki.getVersion(),
                    helsinki.getCity().getVersion(),
                    helsinki.getCity().details(),
                    helsinki.getType(),
                    helsinki.getHolderUnitId(),
                    helsinki.getNotes(),
                    false);
            return null;
        });

        mvc.perform(get("/en/city-partnerships/helsinki")).andExpect(status().isNotFound());
        // A visitor who saw the map before the change gets the new map, not "not modified".
        mvc.perform(get("/en/city-partnerships/map").header("If-None-Match", etagBefore))
                .andExpect(status().isOk());
        mvc.perform(get("/en/city-partnerships/map"))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Helsinki"))));
        mvc.perform(get("/sitemap.xml"))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("helsinki"))));
        mvc.perform(get("/api/v1/partnerships").param("country", "FI"))
                .andExpect(content().json("[]"));
    }

    @Test
    void theBenchmarksBarePageExistsOnlyWhereTheBenchmarkAsksForIt() throws Exception {
        mvc.perform(get("/de/benchmark-leer")).andExpect(status().isNotFound());
        mvc.perform(get("/en/benchmark-bare")).andExpect(status().isNotFound());
    }

    @Test
    void theApiAnswersInPagesWithTheTotalAndLinksToTheNeighbours() throws Exception {
        String total = mvc.perform(get("/api/v1/partnerships").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(5))
                .andExpect(header().string("Link", org.hamcrest.Matchers.containsString("page=1>; rel=\"next\"")))
                .andReturn()
                .getResponse()
                .getHeader("X-Total-Count");
        assertThat(Integer.parseInt(total)).isGreaterThan(5);
        String first = mvc.perform(get("/api/v1/partnerships").param("size", "5"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/api/v1/partnerships").param("size", "5").param("page", "1"))
                .andExpect(header().string("Link", org.hamcrest.Matchers.containsString("page=0>; rel=\"prev\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(first)));
        // Without size, pages of 100: the demo registry fits on one, so no link to a neighbour, only to the first and
        // last page (this one).
        mvc.perform(get("/api/v1/partnerships"))
                .andExpect(jsonPath("$.length()").value(Integer.parseInt(total)))
                .andExpect(header().string(
                                "Link", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("next"))))
                .andExpect(header().string(
                                "Link", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("prev"))))
                .andExpect(header().string("Link", org.hamcrest.Matchers.containsString("page=0>; rel=\"last\"")));
    }

    @Autowired
    org.jumelage.people.Organisation organisation;

    /** Rolled back at the end: the requests run in the test's transaction. */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void aDistrictsPartnershipIsNamedOnItsCitysPagesButMakesNoPartnerCityOfTheWholeCity() throws Exception {
        String partnerCitiesBefore = partnerCitiesSentence();
        org.jumelage.testing.Signed.in(accounts.loadUser("admin").orElseThrow(), () -> {
            registry.create(
                    null,
                    new org.jumelage.partners.domain.CityDetails(
                            "Kadıköy", "Kadıköy", "Kadıköy", "tr", "TR", 40.99, 29.03, null, false),
                    org.jumelage.partners.RelationshipType.CITY_PARTNERSHIP,
                    organisation
                            .unitByCode("BA-FRIEDRICHSHAIN-KREUZBERG")
                            .orElseThrow()
                            .id(),
                    org.jumelage.partners.RelationshipStatus.ACTIVE,
                    null,
                    "Test",
                    null,
                    true);
            return null;
        });

        mvc.perform(get("/de/staedtepartnerschaften/kad-koey"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Träger: Bezirksamt Friedrichshain-Kreuzberg")));
        mvc.perform(get("/en/city-partnerships/kad-koy"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Held by: Friedrichshain-Kreuzberg District Office")));
        mvc.perform(get("/en/city-partnerships/map"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Held by: Friedrichshain-Kreuzberg District Office")));
        // The overview counts and lists the city's own partner cities only.
        mvc.perform(get("/en/city-partnerships"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Kad"))));
        assertThat(partnerCitiesSentence())
                .isEqualTo(partnerCitiesBefore)
                .matches("Berlin is connected with \\d+ cities");
        mvc.perform(get("/api/v1/partnerships").param("country", "TR"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$[?(@.nameEn == 'Kadıköy')].holderNameEn")
                        .value("Friedrichshain-Kreuzberg District Office"));
    }

    private String partnerCitiesSentence() throws Exception {
        String overview = mvc.perform(get("/en/city-partnerships"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var sentence = java.util.regex.Pattern.compile("Berlin is connected with \\d+ cities")
                .matcher(overview);
        assertThat(sentence.find()).isTrue();
        return sentence.group();
    }

    @Autowired
    org.jumelage.exchange.domain.ProgrammeService programmes;

    @Test
    void theOverviewsEtagChangesWithAProgrammeEvenWithinTheSameSecond() throws Exception {
        String before = mvc.perform(get("/en/city-partnerships"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        org.jumelage.testing.Signed.in(accounts.loadUser("admin").orElseThrow(), () -> {
            var eva = programmes.all().getFirst();
            programmes.edit(
                    eva.getId(),
                    eva.getVersion(),
                    new org.jumelage.exchange.domain.ProgrammeDetails(
                            "EVA (neu)",
                            "EVA (new)",
                            eva.getDescriptionDe(),
                            eva.getDescriptionEn(),
                            eva.getFundingDe(),
                            eva.getFundingEn(),
                            eva.getStartYear(),
                            eva.getEndYear(),
                            eva.getStatus(),
                            eva.getAdministrationIds()));
            return null;
        });
        mvc.perform(get("/en/city-partnerships").header("If-None-Match", before))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("EVA (new)")));
    }

    /** What the status form's hints promise (partners/part.html): status, its date and reason public, the source not. */
    @Test
    void aDormantPartnershipShowsItsStatusDateAndReasonButNotItsSource() throws Exception {
        String moscow = mvc.perform(get("/en/city-partnerships/moscow"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(moscow)
                .contains("Dormant since 2022")
                .contains("Die Partnerschaft ruht seit 2022 auf offizieller Ebene")
                .doesNotContain("Drucksache 17/14709");
    }
}
