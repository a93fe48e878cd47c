package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Who may do what, across the whole application: login, roles, editors' units, actuator. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApplicationSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    RegistryService registry;

    @Autowired
    org.jumelage.people.Organisation organisation;

    private JumelageUser demo(String username) {
        return accounts.loadUser(username).orElseThrow();
    }

    private long relationshipOf(String cityNameEn) {
        return registry
                .searchAll(
                        new PartnershipQuery(null, null, null, null, null, null, cityNameEn, null, null, null, null),
                        Locale.ENGLISH)
                .stream()
                .filter(r -> r.getCity().getNameEn().equals(cityNameEn))
                .map(Relationship::getId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theBackOfficeNeedsALogin() throws Exception {
        mvc.perform(get("/office/partnerships")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/office/accounts").with(user(demo("viewer")))).andExpect(status().isForbidden());
        mvc.perform(get("/office/accounts").with(user(demo("admin")))).andExpect(status().isOk());
    }

    @Test
    void actuatorShowsHealthAndInfoOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/info").with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.version").exists());
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/env").with(user(demo("admin")))).andExpect(status().is4xxClientError());
    }

    @Test
    void whatTheInstallationRunsAndTheApiExplorerAreForTheOfficesStaffOnly() throws Exception {
        for (String path : List.of("/actuator/info", "/v3/api-docs", "/swagger-ui/index.html")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(path).with(user(demo("staff")))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(user(demo("paris")))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/swagger-ui/index.html").with(user(demo("editor")))).andExpect(status().isOk());
        // springdoc's usual address leads there too (it was denied to everybody before).
        mvc.perform(get("/swagger-ui.html").with(user(demo("editor")))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui.html").with(user(demo("staff")))).andExpect(status().isForbidden());
        // The public API itself stays public, and so does health for the platform's probes.
        mvc.perform(get("/api/v1/partnerships")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        // The footer's link to the API description is shown to staff only.
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("/v3/api-docs"))));
    }

    @Test
    void everyPageOfADemoInstallationSaysSo() throws Exception {
        for (String path : List.of("/login", "/de/staedtepartnerschaften", "/en/city-partnerships/map")) {
            mvc.perform(get(path)).andExpect(content().string(containsString("class=\"demo-notice\"")));
        }
        mvc.perform(get("/office/partnerships").with(user(demo("viewer"))))
                .andExpect(content().string(containsString("Demo-Installation: Alle Daten sind Beispieldaten")));
        mvc.perform(get("/en/city-partnerships"))
                .andExpect(content().string(containsString("Demo installation: all data is example data")));
    }

    @Test
    void anEditorChangesWhatTheirUnitIsResponsibleForAndNothingElse() throws Exception {
        long paris = relationshipOf("Paris");
        long losAngeles = relationshipOf("Los Angeles");

        mvc.perform(get("/office/partnerships/" + paris + "/edit").with(user(demo("editor"))))
                .andExpect(status().isOk());
        mvc.perform(get("/office/partnerships/" + losAngeles + "/edit").with(user(demo("editor"))))
                .andExpect(status().isForbidden());
        long version = registry.get(losAngeles).getVersion();
        mvc.perform(post("/office/partnerships/" + losAngeles + "/focus/new")
                        .with(user(demo("editor")))
                        .with(csrf())
                        .param("code", "SPORT")
                        .param("version", Long.toString(version)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/office/partnerships/" + losAngeles + "/focus/new")
                        .with(user(demo("viewer")))
                        .with(csrf())
                        .param("code", "SPORT")
                        .param("version", Long.toString(version)))
                .andExpect(status().isForbidden());
        assertThat(registry.get(losAngeles).getVersion()).isEqualTo(version);
    }

    @Test
    void formsNeedTheCsrfToken() throws Exception {
        long paris = relationshipOf("Paris");
        mvc.perform(post("/office/partnerships/" + paris + "/focus/new")
                        .with(user(demo("admin")))
                        .param("code", "SPORT")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
        accounts.create("first-login", "First Login", null, Role.VIEWER, null, "one-time-password-1", true);
        mvc.perform(get("/office/partnerships").with(user(demo("first-login"))))
                .andExpect(redirectedUrl("/office/password"));
        mvc.perform(get("/office/password").with(user(demo("first-login")))).andExpect(status().isOk());
    }

    @Test
    void afterTheFirstPasswordChangeAnEmployeeLandsOnTheirApplicationsNotOnAForbiddenPage() throws Exception {
        accounts.create(
                "first-applicant",
                "First Applicant",
                null,
                Role.STAFF,
                organisation.unitByCode("SENUVK").orElseThrow().id(),
                "one-time-password-1",
                true);
        mvc.perform(post("/office/password")
                        .with(user(demo("first-applicant")))
                        .with(csrf())
                        .param("currentPassword", "one-time-password-1")
                        .param("newPassword", "a-new-and-long-passphrase")
                        .param("repeatPassword", "a-new-and-long-passphrase"))
                .andExpect(redirectedUrl("/office/exchange/applications"));
        mvc.perform(get("/office/exchange/applications").with(user(demo("first-applicant"))))
                .andExpect(status().isOk());
    }

    @Test
    void theListAnswersHtmxWithTheResultsFragmentOnly() throws Exception {
        String fragment = mvc.perform(get("/office/partnerships")
                        .param("status", "DORMANT")
                        .header("HX-Request", "true")
                        .with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains("id=\"results\"").contains("Moskau").doesNotContain("<html");

        String page = mvc.perform(
                        get("/office/partnerships").param("status", "DORMANT").with(user(demo("viewer"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<html").contains("id=\"results\"").contains("Moskau");
    }

    @Test
    void theCsvExportIsUtf8Rfc4180WithIsoDates() throws Exception {
        String csv = mvc.perform(get("/office/partnerships/export.csv")
                        .param("country", "RU")
                        .with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        // Columns and cells as a person reads them: names in the reader's language, not codes.
        assertThat(lines[0]).startsWith("Nr.,Stadt (Deutsch),Stadt (Englisch),Stadt (Landessprache),Land");
        assertThat(lines[1])
                .contains(",Moskau,Moscow,Москва,Russland,")
                .contains(",Städtepartnerschaft,Ruhend,2022,1990-11-12,")
                .doesNotContain("CITY_PARTNERSHIP", ",RU,");
        byte[] xlsx = mvc.perform(get("/office/partnerships/export.xlsx")
                        .param("country", "RU")
                        .header("Accept-Language", "en")
                        .param("lang", "en")
                        .with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Country");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Russia");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("City partnership");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("Dormant");
        }
    }

    @Test
    void theApiShowsPublicFieldsOnlyAndExplainsBadParametersAsProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/partnerships").param("country", "RU"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].nameEn").value("Moscow"))
                .andExpect(jsonPath("$[0].status").value("DORMANT"))
                .andExpect(jsonPath("$[0].firstInstrument").value("1990-11-12"))
                .andExpect(jsonPath("$[0].latitude").value(55.7558))
                .andExpect(jsonPath("$[0].focusAreas").isArray())
                .andExpect(jsonPath("$[0].contacts").doesNotExist())
                .andExpect(jsonPath("$[0].notes").doesNotExist());
        mvc.perform(get("/api/v1/partnerships").param("type", "TECHNICAL_EXCHANGE"))
                .andExpect(jsonPath("$.length()").value(6));
        mvc.perform(get("/api/v1/partnerships").param("type", "ALLIANCE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").exists());
        mvc.perform(get("/v3/api-docs").with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/partnerships']").exists());
    }

    @Test
    void thePublicApiSearchesNamesButNeverTheInternalNotes() throws Exception {
        mvc.perform(get("/api/v1/partnerships").param("q", "Vorläufervereinbarung"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/partnerships").param("q", "peking"))
                .andExpect(jsonPath("$.length()").value(1));
        String office = mvc.perform(get("/office/partnerships")
                        .param("q", "Vorläufervereinbarung")
                        .with(user(demo("viewer"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(office).contains("Peking").contains("Prag");
    }

    @Test
    void anEditorMayNotChangeACityThatAlsoBelongsToRelationshipsOfOtherUnits() throws Exception {
        Relationship madridExchange = registry.searchAll(
                        new PartnershipQuery(
                                org.jumelage.partners.RelationshipType.TECHNICAL_EXCHANGE,
                                null,
                                "ES",
                                null,
                                null,
                                null,
                                "madrid",
                                null,
                                null,
                                null,
                                null),
                        Locale.GERMAN)
                .getFirst();
        var city = madridExchange.getCity();
        String page = mvc.perform(post("/office/partnerships/" + madridExchange.getId() + "/edit")
                        .with(user(demo("editor")))
                        .with(csrf())
                        .param("cityId", city.getId().toString())
                        .param("nameDe", "Madrid (umbenannt)")
                        .param("nameEn", city.getNameEn())
                        .param("countryCode", city.getCountryCode())
                        .param("type", "TECHNICAL_EXCHANGE")
                        .param("publicVisible", "true")
                        .param("_region", "on")
                        .param("version", Long.toString(madridExchange.getVersion()))
                        .param("cityVersion", Long.toString(city.getVersion())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Die Angaben zur Stadt gelten für alle Beziehungen mit ihr.");
        assertThat(registry.get(madridExchange.getId()).getCity().getNameDe()).isEqualTo("Madrid");
    }

    @Test
    void aDisabledAccountIsSignedOutAndAChangedRoleAppliesAtOnce() throws Exception {
        accounts.create(
                "session-test",
                "Session Test",
                null,
                Role.EDITOR,
                demo("editor").unitId().orElseThrow(),
                "session-password-1",
                false);
        long id = accounts.all().stream()
                .filter(account -> account.getUsername().equals("session-test"))
                .findFirst()
                .orElseThrow()
                .getId();
        JumelageUser signedIn = demo("session-test");
        long paris = relationshipOf("Paris");
        mvc.perform(get("/office/partnerships/" + paris + "/edit").with(user(signedIn)))
                .andExpect(status().isOk());

        var account = accounts.get(id);
        accounts.update(id, account.getVersion(), "Session Test", null, Role.VIEWER, account.getUnitId());
        mvc.perform(get("/office/partnerships/" + paris + "/edit").with(user(signedIn)))
                .andExpect(status().isForbidden());

        accounts.disable(id, demo("admin").accountId());
        mvc.perform(get("/office/partnerships").with(user(signedIn))).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void theLastAdministratorCanNeitherBeDemotedNorDisabled() {
        var admin = accounts.get(demo("admin").accountId());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.update(
                        admin.getId(), admin.getVersion(), admin.getDisplayName(), null, Role.VIEWER, null))
                .hasMessage("account.error.lastAdministrator");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> accounts.disable(admin.getId(), demo("editor").accountId()))
                .hasMessage("account.error.lastAdministrator");
        assertThat(accounts.get(admin.getId()).getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void pagesAnswerBadParametersWithAnErrorPageNotWithJson() throws Exception {
        // MockMvc has no servlet container to render the error page; the browser tests look at it.
        String contentType = mvc.perform(
                        get("/office/partnerships").param("type", "ALLIANCE").with(user(demo("viewer"))))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentType();
        assertThat(contentType).isNotEqualTo("application/problem+json");
    }
}
