package org.jumelage.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jumelage.activities.ParticipantRole;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.ActivityDocuments;
import org.jumelage.activities.domain.ActivityQuery;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.activities.domain.DocumentVersion;
import org.jumelage.activities.domain.ParticipantDetails;
import org.jumelage.activities.domain.PersonalFeeds;
import org.jumelage.documents.DownloadAnswers;
import org.jumelage.documents.TestFiles;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ActivityWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ActivityService activities;

    @Autowired
    PersonalFeeds personal;

    @Autowired
    ActivityDocuments documents;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private JumelageUser demo(String username) {
        return accounts.loadUser(username).orElseThrow();
    }

    private void signIn(String username) {
        var user = demo(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private Activity demoActivity(String titleDe) {
        return activities.searchAll(ActivityQuery.all()).stream()
                .filter(a -> a.getTitleDe().equals(titleDe))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void activitiesNeedALoginAndOnlyOrganisersSeeParticipantsNeeds() throws Exception {
        mvc.perform(get("/office/activities")).andExpect(status().is3xxRedirection());
        Activity warsaw = demoActivity("Delegation der Stadt Warschau zu Verkehrsplanung");
        signIn("admin");
        activities.addParticipant(
                warsaw.getId(),
                warsaw.getVersion(),
                new ParticipantDetails(
                        null, "Piotr Test", null, null, null, null, null, ParticipantRole.MEMBER, "glutenfrei"));
        signOut();
        mvc.perform(get("/office/activities/" + warsaw.getId()).with(user(demo("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("glutenfrei")));
        mvc.perform(get("/office/activities/" + warsaw.getId()).with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Piotr Test")))
                .andExpect(content().string(not(containsString("glutenfrei"))));
        mvc.perform(get("/office/activities/" + warsaw.getId() + "/edit").with(user(demo("viewer"))))
                .andExpect(status().isForbidden());
    }

    @Autowired
    org.jumelage.partners.PartnerCatalog catalog;

    private long warsaw() {
        return catalog.cities().stream()
                .filter(c -> c.nameEn().equals("Warsaw"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void thePartnershipPageLoadsTheCitysActivitiesFromTheActivitiesModule() throws Exception {
        long warsaw = warsaw();
        mvc.perform(get("/office/activities/of-city/" + warsaw).with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seminar mit Warschau: bezahlbares Wohnen")))
                .andExpect(content().string(containsString("Delegation der Stadt Warschau zu Verkehrsplanung")))
                .andExpect(content().string(not(containsString("Paris"))))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/office/activities/calendar").param("month", "2013-05").with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mai 2013")))
                .andExpect(content().string(containsString("Delegation der Stadt Warschau zu Verkehrsplanung")));
    }

    /** Rolled back at the end: the requests run in the test's transaction. */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void aBusyDayOfTheMonthNamesFourActivitiesAndLinksToAllOfTheDay() throws Exception {
        long warsaw = warsaw();
        java.time.LocalDate day = java.time.LocalDate.of(2031, 3, 11);
        signIn("admin");
        for (int i = 1; i <= 6; i++) {
            activities.create(new org.jumelage.activities.domain.ActivityDetails(
                    org.jumelage.activities.ActivityType.WORKSHOP,
                    org.jumelage.activities.ActivityLevel.DEPARTMENT,
                    "Werkstatt " + i + " am Elften",
                    null,
                    null,
                    null,
                    org.jumelage.activities.domain.Schedule.days(day, day, java.time.ZoneId.of("Europe/Berlin")),
                    "Berlin",
                    null,
                    null,
                    java.util.Set.of(warsaw),
                    java.util.Set.of(),
                    java.util.Set.of(),
                    java.util.Set.of("CLIMATE"),
                    false,
                    null,
                    null));
        }
        signOut();

        String month = mvc.perform(get("/office/activities/calendar")
                        .param("month", "2031-03")
                        .with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(java.util.regex.Pattern.compile("Werkstatt \\d am Elften")
                        .matcher(month)
                        .results())
                .hasSize(AgendaController.PER_DAY);
        assertThat(month).contains("und 2 weitere").contains("/office/activities?on=2031-03-11");

        mvc.perform(get("/office/activities").param("on", "2031-03-11").with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aktivitäten am 11. März 2031")))
                .andExpect(content().string(containsString("6 Aktivitäten")))
                .andExpect(content().string(containsString("Werkstatt 6 am Elften")));
        mvc.perform(get("/office/activities").param("on", "11.03.2031").with(user(demo("viewer"))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void badInputGetsALocalisedMessageAndChangesNothing() throws Exception {
        int before = activities.searchAll(ActivityQuery.all()).size();
        mvc.perform(post("/office/activities/new")
                        .with(user(demo("admin")))
                        .with(csrf())
                        .param("type", "SEMINAR")
                        .param("level", "DEPARTMENT")
                        .param("titleDe", "Falsches Datum")
                        .param("allDay", "true")
                        .param("startDate", "2027-03-10")
                        .param("endDate", "2027-03-08")
                        .param("timeZone", "Europe/Berlin")
                        .param("cityIds", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Das Ende liegt vor dem Beginn.")));
        mvc.perform(post("/office/activities/new")
                        .with(user(demo("admin")))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("lang", "en")
                        .param("type", "SEMINAR")
                        .param("level", "DEPARTMENT")
                        .param("titleDe", "Unbekannte Stadt")
                        .param("allDay", "true")
                        .param("startDate", "2027-03-10")
                        .param("endDate", "2027-03-10")
                        .param("timeZone", "Europe/Berlin")
                        .param("cityIds", "999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This partner city is not in the registry.")));
        mvc.perform(post("/office/activities/new")
                        .with(user(demo("admin")))
                        .with(csrf())
                        .param("type", "SEMINAR")
                        .param("level", "DEPARTMENT")
                        .param("titleDe", "Ohne Zeiten")
                        .param("startDate", "2027-03-10")
                        .param("endDate", "2027-03-10")
                        .param("timeZone", "Mars/Olympus")
                        .param("cityIds", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte geben Sie Beginn und Ende an")))
                .andExpect(content().string(containsString("Diese Zeitzone kennt Jumelage nicht.")));
        mvc.perform(post("/office/activities/new")
                        .with(user(demo("admin")))
                        .with(csrf())
                        .param("type", "NO_SUCH_TYPE")
                        .param("level", "DEPARTMENT")
                        .param("titleDe", "Kaputtes Datum")
                        .param("startDate", "10.03.2027")
                        .param("endDate", "2027-03-10")
                        .param("timeZone", "Europe/Berlin")
                        .param("cityIds", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kaputtes Datum")))
                .andExpect(content().string(containsString("Bitte geben Sie ein Datum in der Form 2027-03-10 an.")));
        assertThat(activities.searchAll(ActivityQuery.all())).hasSize(before);
    }

    @Test
    void anEditSomeoneElseSavedFirstShowsTheirStateBesideTheTypedOneAndCarriesTheSavedVersion() throws Exception {
        Activity prague = demoActivity("Klimaworkshop mit Prag");
        long loaded = prague.getVersion();
        signIn("admin");
        activities.addTask(prague.getId(), loaded, "Raum buchen", "Ada", null);
        SecurityContextHolder.clearContext();

        mvc.perform(post("/office/activities/{id}/edit", prague.getId())
                        .with(user(demo("admin")))
                        .with(csrf())
                        .param("version", String.valueOf(loaded))
                        .param("type", "WORKSHOP")
                        .param("level", "DEPARTMENT")
                        .param("titleDe", "Klimaworkshop mit Prag (verschoben)")
                        .param("allDay", "true")
                        .param("startDate", "2027-03-10")
                        .param("endDate", "2027-03-10")
                        .param("timeZone", "Europe/Berlin")
                        .param("cityIds", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hat die Aktivität inzwischen geändert")))
                .andExpect(content().string(containsString("value=\"Klimaworkshop mit Prag (verschoben)\"")))
                .andExpect(content()
                        .string(containsString("name=\"version\" value=\""
                                + activities.get(prague.getId()).getVersion() + "\"")));
        assertThat(activities.get(prague.getId()).getTitleDe()).isEqualTo("Klimaworkshop mit Prag");
    }

    @Test
    void publicFeedsCarryPublicActivitiesOnlyAndAPersonalFeedEndsWhenRevoked() throws Exception {
        String publicFeed = mvc.perform(get("/calendar/public.ics"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jumelage.activities.domain.Rfc5545.violations(publicFeed))
                .isEmpty();
        mvc.perform(get("/calendar/public.ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(content().string(containsString("SUMMARY:Seminar mit Warschau: bezahlbares Wohnen")))
                // The feed reaches 90 days back: the seminar of 2013 is on the review, not in the feed.
                .andExpect(content().string(not(containsString("Move Your Mind: Auftaktseminar"))))
                .andExpect(content().string(not(containsString("Istanbul"))));
        mvc.perform(get("/calendar/cities/warsaw.ics").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SUMMARY:Seminar with Warsaw: affordable housing")))
                .andExpect(content().string(not(containsString("Paris"))));
        Activity internal = demoActivity("Workshop mit Istanbul: gemeinsamer EU-Antrag");
        mvc.perform(get("/calendar/activities/" + internal.getId() + ".ics")).andExpect(status().isNotFound());

        signIn("editor");
        Activity housing = demoActivity("Klimaworkshop mit Prag");
        signIn("admin");
        activities.addParticipant(
                housing.getId(),
                housing.getVersion(),
                new ParticipantDetails(
                        demo("editor").accountId(), null, null, null, null, null, null, ParticipantRole.SPEAKER, null));
        signIn("editor");
        String token = personal.renew();
        mvc.perform(get("/calendar/personal/" + token + ".ics"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SUMMARY:Klimaworkshop mit Prag")))
                .andExpect(content().string(not(containsString("Auftaktseminar"))));
        signIn("editor"); // MockMvc's security filters cleared the test's own sign-in
        personal.revoke();
        mvc.perform(get("/calendar/personal/" + token + ".ics")).andExpect(status().isNotFound());

        // Someone who leaves (the account is disabled) loses the feed at once.
        signIn("admin");
        accounts.create(
                "leaver",
                "Lea Leaver",
                "lea@demo.jumelage.invalid",
                org.jumelage.people.Role.VIEWER,
                demo("viewer").unitId().orElse(null));
        signIn("leaver");
        String leaversToken = personal.renew();
        mvc.perform(get("/calendar/personal/" + leaversToken + ".ics")).andExpect(status().isOk());
        signIn("admin");
        var account = accounts.all().stream()
                .filter(a -> a.getUsername().equals("leaver"))
                .findFirst()
                .orElseThrow();
        accounts.disable(account.getId(), demo("admin").accountId());
        mvc.perform(get("/calendar/personal/" + leaversToken + ".ics")).andExpect(status().isNotFound());

        mvc.perform(get("/calendar/personal/not-a-token.ics")).andExpect(status().isNotFound());
    }

    @Test
    void thePublicSiteShowsNewsReviewAndTheCitysActivities() throws Exception {
        mvc.perform(get("/de/aktuelles"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seminar mit Warschau: bezahlbares Wohnen")))
                .andExpect(content().string(not(containsString("Auftaktseminar"))));
        // The latest year unless one is chosen; every year with activities is a link.
        mvc.perform(get("/en/review"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/en/review?year=2013\"")))
                .andExpect(content().string(not(containsString("Move Your Mind: kick-off seminar"))));
        mvc.perform(get("/en/review").param("year", "2012"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Move Your Mind: kick-off seminar")))
                .andExpect(content().string(containsString("aria-current=\"page\">2012")));
        mvc.perform(get("/en/review").param("year", "2013"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Move Your Mind: kick-off seminar"))))
                .andExpect(content()
                        .string(containsString(
                                ">A delegation from Warsaw visited Berlin to exchange views on cycling.")))
                .andExpect(content().string(not(containsString("Expert visit to Moscow"))));
        mvc.perform(get("/de/staedtepartnerschaften/warschau"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Delegation der Stadt Warschau zu Verkehrsplanung")))
                .andExpect(content().string(containsString("/calendar/cities/warsaw.ics?lang=de")));
    }

    /** Rolled back at the end: the requests run in the test's transaction. */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void englishPagesNameThePlaceInEnglishAndMarkATextWrittenInGermanOnlyAsGerman() throws Exception {
        // The demo's seminar in Warsaw has the place's English name.
        mvc.perform(get("/en/news"))
                .andExpect(content().string(containsString("· Warsaw</span>")))
                .andExpect(content().string(not(containsString("Warschau</span>"))));
        mvc.perform(get("/de/aktuelles")).andExpect(content().string(containsString("· Warschau</span>")));
        long warsaw = warsaw();
        java.time.LocalDate day = java.time.LocalDate.of(2031, 5, 20);
        signIn("admin");
        activities.create(new org.jumelage.activities.domain.ActivityDetails(
                org.jumelage.activities.ActivityType.WORKSHOP,
                org.jumelage.activities.ActivityLevel.DEPARTMENT,
                "Werkstatt in Krakau",
                null,
                null,
                null,
                org.jumelage.activities.domain.Schedule.days(day, day, java.time.ZoneId.of("Europe/Warsaw")),
                "Krakau",
                "Kraków",
                null,
                java.util.Set.of(warsaw),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of("CLIMATE"),
                true,
                "Nur auf Deutsch geschrieben.",
                null));
        signOut();
        mvc.perform(get("/en/news"))
                .andExpect(content().string(containsString("· Kraków</span>")))
                .andExpect(content().string(containsString("lang=\"de\">Werkstatt in Krakau")))
                .andExpect(content().string(containsString("lang=\"de\">Nur auf Deutsch geschrieben.")));
    }

    @Test
    void aSelectionIsCountedAndExportedAsCsvAndXlsxWithPublicFieldsOnly() throws Exception {
        long warsaw = warsaw();
        mvc.perform(get("/office/activities/report")
                        .param("city", Long.toString(warsaw))
                        .param("from", "2012")
                        .param("to", "2014")
                        .with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4 Aktivitäten")))
                .andExpect(content().string(containsString("<svg class=\"chart\" role=\"img\"")));
        String csv = mvc.perform(get("/office/activities/export.csv")
                        .param("city", Long.toString(warsaw))
                        .param("from", "2012")
                        .param("to", "2014")
                        .with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(5);
        assertThat(csv)
                // Columns and cells as a person reads them, in the reader's language, not codes.
                .startsWith("Nr.,Kennung (Kalender),Art,Ebene,Stand,Titel (Deutsch)")
                .contains("Delegation zu Gast in Berlin,Fachebene,stattgefunden")
                .doesNotContain("INCOMING_DELEGATION")
                .contains("Delegation der Stadt Warschau zu Verkehrsplanung")
                .contains("2012-10-15")
                .doesNotContain("bezahlbares Wohnen")
                .doesNotContain("Anna Kowalska");
        byte[] xlsx = mvc.perform(get("/office/activities/export.xlsx")
                        .param("city", Long.toString(warsaw))
                        .param("from", "2012")
                        .param("to", "2014")
                        .with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Titel (Deutsch)");
            java.util.List<String> titles = new java.util.ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                titles.add(sheet.getRow(r).getCell(5).getStringCellValue());
            }
            assertThat(titles).contains("Move Your Mind: Abschluss- und Evaluationsseminar");
        }
    }

    @Test
    void everyVersionIsKeptAndServedUnderItsDetectedTypeWithTheOneDownloadAnswer() throws Exception {
        Activity prague = demoActivity("Klimaworkshop mit Prag");
        byte[] first = TestFiles.pdf("Anreise 1");
        byte[] second = TestFiles.pdf("Anreise 2");
        for (var file : List.of(
                new MockMultipartFile("file", "Anreise.cmd", "application/octet-stream", first),
                new MockMultipartFile("file", "Anreise.html", "text/html", second))) {
            mvc.perform(multipart("/office/activities/" + prague.getId() + "/documents")
                            .file(file)
                            .param("version", Long.toString(prague.getVersion()))
                            .param("kind", "OTHER")
                            .param("title", "Anreiseplan")
                            .with(user(demo("admin")))
                            .with(csrf()))
                    .andExpect(flash().attribute("success", "activity.document.uploaded"));
        }
        var versions = documents.versions(prague.getId()).stream()
                .filter(v -> v.title().equals("Anreiseplan"))
                .toList();
        assertThat(versions).extracting(DocumentVersion::number).containsExactly(2, 1);
        assertThat(versions).extracting(DocumentVersion::fileName).containsOnly("Anreise.pdf");
        for (var version : versions) {
            var download = mvc.perform(get("/office/activities/" + prague.getId() + "/documents/" + version.id())
                            .with(user(demo("viewer"))))
                    .andReturn()
                    .getResponse();
            DownloadAnswers.assertSafeAttachment(
                    download, "Anreise.pdf", "application/pdf", version.number() == 1 ? first : second);
        }
    }

    @Test
    void anUploadOfTheWrongTypeIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        Activity prague = demoActivity("Klimaworkshop mit Prag");
        var file = new org.springframework.mock.web.MockMultipartFile(
                "file",
                "protokoll.pdf",
                "application/pdf",
                "kein PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/office/activities/" + prague.getId() + "/documents")
                        .file(file)
                        .param("version", Long.toString(prague.getVersion()))
                        .param("kind", "MINUTES")
                        .param("title", "Protokoll")
                        .with(user(demo("admin")))
                        .with(csrf()))
                // The activity's page again, the form open with the refusal and the title as typed.
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Diese Datei nimmt Jumelage nicht an.")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("value=\"Protokoll\"")));
        var pdf = new org.springframework.mock.web.MockMultipartFile(
                "file",
                "protokoll.pdf",
                "application/pdf",
                "%PDF-1.4 test".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/office/activities/" + prague.getId() + "/documents")
                        .file(pdf)
                        .param("version", Long.toString(prague.getVersion()))
                        .param("kind", "MINUTES")
                        .param("title", "Protokoll Web")
                        .with(user(demo("viewer")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/office/activities/" + prague.getId()).with(user(demo("admin"))))
                .andExpect(content().string(not(containsString("Protokoll Web"))));
    }

    @Autowired
    org.jumelage.partners.domain.RegistryService registry;

    @Test
    void aCityWhosePartnershipIsInternalHasNoPublicFeed() throws Exception {
        mvc.perform(get("/calendar/cities/tashkent.ics")).andExpect(status().isOk());
        signIn("admin");
        var tashkent = registry.searchAll(
                        new org.jumelage.partners.PartnershipQuery(
                                null, null, "UZ", null, null, null, null, null, null, null, null),
                        java.util.Locale.GERMAN)
                .getFirst();
        registry.edit(
                tashkent.getId(),
                tashkent.getVersion(),
                tashkent.getCity().getVersion(),
                tashkent.getCity().details(),
                tashkent.getType(),
                tashkent.getHolderUnitId(),
                tashkent.getNotes(),
                false);
        signOut();
        mvc.perform(get("/calendar/cities/tashkent.ics")).andExpect(status().isNotFound());
    }
}
