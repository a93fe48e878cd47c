package org.jumelage.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.jumelage.documents.DownloadAnswers;
import org.jumelage.documents.TestFiles;
import org.jumelage.exchange.ProgrammeStatus;
import org.jumelage.exchange.domain.Application;
import org.jumelage.exchange.domain.ApplicationService;
import org.jumelage.exchange.domain.Call;
import org.jumelage.exchange.domain.CallDetails;
import org.jumelage.exchange.domain.CallService;
import org.jumelage.exchange.domain.Nomination;
import org.jumelage.exchange.domain.NominationService;
import org.jumelage.exchange.domain.Placement;
import org.jumelage.exchange.domain.PlacementService;
import org.jumelage.exchange.domain.Programme;
import org.jumelage.exchange.domain.ProgrammeDetails;
import org.jumelage.exchange.domain.ProgrammeService;
import org.jumelage.exchange.domain.Stay;
import org.jumelage.exchange.domain.StayDocument;
import org.jumelage.exchange.domain.StayService;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The exchange's pages: who reaches what (a partner coordinator only their own administration's records, for every
 * address), and that bad input answers with a message and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExchangeWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    PlacementService placements;

    @Autowired
    NominationService nominations;

    @Autowired
    ApplicationService applications;

    @Autowired
    StayService stays;

    @Autowired
    CallService calls;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    Organisation organisation;

    /** Warsaw's records: its placement, its nomination (accepted, so a stay with a document), and an application. */
    private Placement warsawPlacement;

    private Nomination warsawNomination;

    private Stay warsawStay;

    private StayDocument warsawDocument;

    private Application application;

    @BeforeEach
    void warsawsRecords() {
        signIn("admin");
        long warsaw = organisation.unitByCode("WAW").orElseThrow().id();
        // The open call's (the demo's call in allocation has a placement in Warsaw too).
        long open = calls.open().getFirst().getId();
        warsawPlacement = placements.visible(open).stream()
                .filter(p -> p.getHostUnitId() == warsaw)
                .findFirst()
                .orElseThrow();
        warsawNomination = nominations.visible().stream()
                .filter(n -> n.getAdministrationId() == warsaw)
                .findFirst()
                .orElseThrow();
        // The guest's stay from Warsaw's nomination (the demo has a Berlin employee's past stay in Warsaw too).
        warsawStay = stays.visible().stream()
                .filter(s -> s.getAdministrationId() == warsaw && s.isIncoming())
                .findFirst()
                .orElseGet(() -> nominations.accept(
                        warsawNomination.getId(),
                        warsawNomination.getVersion(),
                        accounts.loadUser("editor").orElseThrow().accountId()));
        warsawNomination = nominations.view(warsawNomination.getId());
        warsawDocument = stays.documents(warsawStay.getId()).isEmpty()
                ? stays.upload(
                        warsawStay.getId(),
                        "Vereinbarung",
                        "vereinbarung.pdf",
                        "%PDF-1.4 Warschau".getBytes(StandardCharsets.US_ASCII))
                : stays.download(
                        warsawStay.getId(),
                        stays.documents(warsawStay.getId()).getFirst().id());
        application = applications.ofCall(warsawPlacement.getCallId()).getFirst();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        JumelageUser user = demo(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private JumelageUser demo(String username) {
        JumelageUser user = accounts.loadUser(username).orElseThrow();
        user.eraseCredentials();
        return user;
    }

    @Test
    void aCoordinatorFromParisFindsNothingOfWarsawAtAnyAddress() throws Exception {
        long p = warsawPlacement.getId();
        long n = warsawNomination.getId();
        long s = warsawStay.getId();
        long a = application.getId();
        List<org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?>> addresses = List.of(
                get("/office/exchange/placements/" + p),
                get("/office/exchange/placements/" + p + "/edit"),
                post("/office/exchange/placements/" + p + "/edit").param("version", "0"),
                post("/office/exchange/placements/" + p + "/nominations").param("guestName", "X"),
                get("/office/exchange/nominations/" + n),
                post("/office/exchange/nominations/" + n + "/accept").param("version", "0"),
                post("/office/exchange/nominations/" + n + "/decline").param("version", "0"),
                post("/office/exchange/nominations/" + n + "/withdraw").param("version", "0"),
                get("/office/exchange/stays/" + s),
                post("/office/exchange/stays/" + s + "/status").param("version", "0"),
                post("/office/exchange/stays/" + s + "/schedule").param("version", "0"),
                multipart("/office/exchange/stays/" + s + "/documents")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                        .param("title", "X"),
                get("/office/exchange/stays/" + s + "/documents/" + warsawDocument.getId()),
                get("/office/exchange/applications/" + a),
                get("/office/exchange/applications/" + a + "/edit"),
                post("/office/exchange/applications/" + a + "/edit").param("version", "0"),
                post("/office/exchange/applications/" + a + "/submit").param("version", "0"),
                post("/office/exchange/applications/" + a + "/withdraw").param("version", "0"),
                post("/office/exchange/applications/" + a + "/decision")
                        .param("version", "0")
                        .param("decision", "approve"),
                post("/office/exchange/applications/" + a + "/place").param("version", "0"));
        for (var address : addresses) {
            mvc.perform(address.with(user(demo("paris"))).with(csrf())).andExpect(status().isNotFound());
        }
        // The same addresses answer Warsaw's own coordinator (a control: the 404s above are not broken pages).
        mvc.perform(get("/office/exchange/placements/" + p).with(user(demo("warsaw"))))
                .andExpect(status().isOk());
        mvc.perform(get("/office/exchange/stays/" + s).with(user(demo("warsaw"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Anna Kowalska (Demo)")));
        mvc.perform(get("/office/exchange/stays/" + s + "/documents/" + warsawDocument.getId())
                        .with(user(demo("warsaw"))))
                .andExpect(status().isOk());

        // The lists leave Warsaw out, the Berlin hosting offers in.
        String placementList = mvc.perform(get("/office/exchange/placements").with(user(demo("paris"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(placementList)
                .doesNotContain(warsawPlacement.getTopicDe())
                .contains("Radverkehrsplanung (Plan Vélo)")
                .contains("Verkehrsplanung in der Senatsverwaltung");
        for (String list : List.of("/office/exchange/nominations", "/office/exchange/stays")) {
            mvc.perform(get(list).with(user(demo("paris"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Anna Kowalska"))));
        }
        // Nor does the rest of the back office answer a coordinator; its start leads to their own.
        for (String office : List.of("/office/partnerships", "/office/activities", "/office/accounts")) {
            mvc.perform(get(office).with(user(demo("paris")))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/office").with(user(demo("paris")))).andExpect(redirectedUrl("/office/exchange/placements"));
    }

    @Test
    void anApplicationIsSeenOnlyByItsApplicantTheirSupervisorHrOfTheirUnitAndTheOffice() throws Exception {
        String path = "/office/exchange/applications/" + application.getId();
        for (String allowed : List.of("editor", "supervisor", "hr", "admin")) {
            mvc.perform(get(path).with(user(demo(allowed))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Paris hat in wenigen Jahren")));
        }
        for (String other : List.of("viewer", "staff", "paris", "warsaw")) {
            mvc.perform(get(path).with(user(demo(other)))).andExpect(status().isNotFound());
        }
    }

    @Test
    void eachRoleStartsWhereItsWorkIs() throws Exception {
        mvc.perform(get("/office/start").with(user(demo("staff"))))
                .andExpect(redirectedUrl("/office/exchange/applications"));
        mvc.perform(get("/office/start").with(user(demo("hr")))).andExpect(redirectedUrl("/office/exchange/approvals"));
        mvc.perform(get("/office/start").with(user(demo("paris"))))
                .andExpect(redirectedUrl("/office/exchange/placements"));
        mvc.perform(get("/office/start").with(user(demo("viewer")))).andExpect(redirectedUrl("/office"));
        // The "to decide" tab only for those who decide: HR, and staff whom someone named as supervisor.
        mvc.perform(get("/office/exchange/applications").with(user(demo("supervisor"))))
                .andExpect(content().string(Matchers.containsString("href=\"/office/exchange/approvals\"")));
        mvc.perform(get("/office/exchange/applications").with(user(demo("hr"))))
                .andExpect(content().string(Matchers.containsString("href=\"/office/exchange/approvals\"")));
        mvc.perform(get("/office/exchange/applications").with(user(demo("staff"))))
                .andExpect(
                        content().string(Matchers.not(Matchers.containsString("href=\"/office/exchange/approvals\""))));
        // The back office's address takes everyone to their start, not to "no permission".
        mvc.perform(get("/office").with(user(demo("staff")))).andExpect(redirectedUrl("/office/exchange/applications"));
        mvc.perform(get("/office").with(user(demo("hr")))).andExpect(redirectedUrl("/office/exchange/approvals"));
        mvc.perform(get("/office").with(user(demo("viewer")))).andExpect(status().isOk());
        mvc.perform(get("/office/exchange/approvals").with(user(demo("supervisor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Erik Editor (Demo)")));
    }

    @Test
    void aBadApplicationFormAnswersWithMessagesAndStoresNothing() throws Exception {
        long call = warsawPlacement.getCallId();
        int before = applicationsOf("staff");
        mvc.perform(post("/office/exchange/applications/new")
                        .with(user(demo("staff")))
                        .with(csrf())
                        .param("call", String.valueOf(call))
                        .param("position", "Referent")
                        .param("language1", "French")
                        .param("level2", "B2")
                        .param("preferredFrom", "2027-05-01")
                        .param("preferredTo", "2027-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bitte geben Sie den Sprachcode")))
                .andExpect(
                        content().string(Matchers.containsString("Bitte geben Sie die Sprache zu diesem Niveau an.")))
                .andExpect(content().string(Matchers.containsString("Das Ende des gewünschten Zeitraums")))
                .andExpect(content().string(Matchers.containsString("value=\"Referent\"")));
        mvc.perform(post("/office/exchange/applications/new")
                        .with(user(demo("staff")))
                        .with(csrf())
                        .param("call", String.valueOf(call))
                        .param("position", "Referent")
                        .param("weeks", "zwölf"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bitte geben Sie eine ganze Zahl an.")))
                .andExpect(content().string(Matchers.containsString("value=\"Referent\"")));
        assertThat(applicationsOf("staff")).isEqualTo(before);
    }

    @Test
    void aStayDocumentMustBeAPdf() throws Exception {
        long s = warsawStay.getId();
        int before = documentsOf(s);
        mvc.perform(multipart("/office/exchange/stays/" + s + "/documents")
                        .file(new MockMultipartFile(
                                "file", "agreement.pdf", "application/pdf", "PK\u0003\u0004".getBytes()))
                        .param("title", "Vereinbarung")
                        .with(user(demo("admin")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/office/exchange/stays/" + s))
                .andExpect(flash().attribute("failure", "document.error.notPdf"));
        assertThat(documentsOf(s)).isEqualTo(before);
    }

    @Test
    void aPdfUploadedAsCmdIsKeptAndServedAsPdfWithTheOneDownloadAnswer() throws Exception {
        // Warsaw's coordinator uploads a PDF named as a program; the office member receives a PDF.
        long s = warsawStay.getId();
        byte[] pdf = TestFiles.pdf("Anreise Warschau");
        mvc.perform(multipart("/office/exchange/stays/" + s + "/documents")
                        .file(new MockMultipartFile("file", "Anreise.cmd", "application/x-msdos-program", pdf))
                        .param("title", "Anreise")
                        .with(user(demo("warsaw")))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "stay.document.uploaded"));
        signIn("admin");
        var stored = stays.documents(s).stream()
                .filter(d -> d.title().equals("Anreise"))
                .findFirst()
                .orElseThrow();
        SecurityContextHolder.clearContext();
        assertThat(stored.fileName()).isEqualTo("Anreise.pdf");
        var download = mvc.perform(get("/office/exchange/stays/" + s + "/documents/" + stored.id())
                        .with(user(demo("admin"))))
                .andReturn()
                .getResponse();
        DownloadAnswers.assertSafeAttachment(download, "Anreise.pdf", "application/pdf", pdf);
    }

    @Test
    void coordinatorsRecordPlacementsOnlyAtTheirAdministrationAndEditorsOnlyAtTheirUnit() throws Exception {
        long call = warsawPlacement.getCallId();
        long paris = organisation.unitByCode("PAR").orElseThrow().id();
        long warsaw = organisation.unitByCode("WAW").orElseThrow().id();
        long senuvk = organisation.unitByCode("SENUVK").orElseThrow().id();
        long sensw = organisation.unitByCode("SENSW").orElseThrow().id();
        String form = mvc.perform(get("/office/exchange/placements/new").with(user(demo("paris"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // The host select's options only: other selects (the calls) have values of their own.
        int select = form.indexOf("id=\"hostUnitId\"");
        String hosts = form.substring(select, form.indexOf("</select>", select));
        assertThat(hosts).contains("value=\"" + paris + "\"").doesNotContain("value=\"" + warsaw + "\"");
        assertThat(hosts).doesNotContain("value=\"" + senuvk + "\"");
        signIn("paris");
        assertThat(placements.mayRecordAt(paris)).isTrue();
        assertThat(placements.mayRecordAt(warsaw)).isFalse();
        assertThat(placements.mayRecordAt(senuvk)).isFalse();
        signIn("editor");
        assertThat(placements.mayRecordAt(senuvk)).isTrue();
        assertThat(placements.mayRecordAt(sensw)).isFalse();
        assertThat(placements.mayRecordAt(paris)).isFalse();
        SecurityContextHolder.clearContext();
        // Posting a placement at Warsaw's administration as Paris is refused; nothing is recorded.
        int before = placementsOf(call);
        mvc.perform(post("/office/exchange/placements/new")
                        .with(user(demo("paris")))
                        .with(csrf())
                        .param("callId", String.valueOf(call))
                        .param("hostUnitId", String.valueOf(warsaw))
                        .param("topicDe", "Fremd")
                        .param("topicEn", "Foreign")
                        .param("periodFrom", warsawPlacement.getPeriodFrom().toString())
                        .param("periodTo", warsawPlacement.getPeriodTo().toString())
                        .param("weeks", "8")
                        .param("places", "1"))
                .andExpect(status().isForbidden());
        assertThat(placementsOf(call)).isEqualTo(before);
        // At their own administration it is recorded, and Warsaw's coordinator does not see it.
        mvc.perform(post("/office/exchange/placements/new")
                        .with(user(demo("paris")))
                        .with(csrf())
                        .param("callId", String.valueOf(call))
                        .param("hostUnitId", String.valueOf(paris))
                        .param("topicDe", "Stadtreinigung")
                        .param("topicEn", "Street cleaning")
                        .param("periodFrom", warsawPlacement.getPeriodFrom().toString())
                        .param("periodTo", warsawPlacement.getPeriodTo().toString())
                        .param("weeks", "8")
                        .param("places", "1")
                        .param("language1", "fr")
                        .param("level1", "B1"))
                .andExpect(status().is3xxRedirection());
        assertThat(placementsOf(call)).isEqualTo(before + 1);
        mvc.perform(get("/office/exchange/placements").with(user(demo("warsaw"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Stadtreinigung"))));
    }

    @Test
    void theHostDeclinesANominationWithAReason() throws Exception {
        signIn("paris");
        long hosting = placements.visible(warsawPlacement.getCallId()).stream()
                .filter(p -> p.isIncoming() && p.getTopicDe().startsWith("Verkehrsplanung"))
                .findFirst()
                .orElseThrow()
                .getId();
        Nomination nominated = nominations.nominate(hosting, "Luc Martin", null, "Ingénieur", "fr", null);
        SecurityContextHolder.clearContext();
        mvc.perform(post("/office/exchange/nominations/" + nominated.getId() + "/decline")
                        .with(user(demo("editor")))
                        .with(csrf())
                        .param("version", String.valueOf(nominated.getVersion())))
                .andExpect(flash().attribute("failure", "application.error.reasonRequired"));
        mvc.perform(post("/office/exchange/nominations/" + nominated.getId() + "/decline")
                        .with(user(demo("editor")))
                        .with(csrf())
                        .param("version", String.valueOf(nominated.getVersion()))
                        .param("reason", "Im Zeitraum kein Mentor frei"))
                .andExpect(flash().attribute("success", "nomination.declined"));
        // A second click with the same version is told that it was decided.
        mvc.perform(post("/office/exchange/nominations/" + nominated.getId() + "/decline")
                        .with(user(demo("editor")))
                        .with(csrf())
                        .param("version", String.valueOf(nominated.getVersion()))
                        .param("reason", "noch einmal"))
                .andExpect(flash().attribute("failure", "nomination.error.decided"));
        signIn("paris");
        assertThat(nominations.view(nominated.getId()).getReason()).isEqualTo("Im Zeitraum kein Mentor frei");
        assertThat(nominations.view(nominated.getId()).getStatus())
                .isEqualTo(org.jumelage.exchange.NominationStatus.DECLINED);
    }

    private int placementsOf(long callId) {
        signIn("admin");
        try {
            return placements.visible(callId).size();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int applicationsOf(String username) {
        signIn(username);
        try {
            return applications.mine().size();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int documentsOf(long stayId) {
        signIn("admin");
        try {
            return stays.documents(stayId).size();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aCoordinatorsListsAndFormsOfferOnlyTheProgrammesAndCallsTheirAdministrationTakesPartIn() throws Exception {
        signIn("admin");
        Call eva = calls.open().stream()
                .filter(call -> call.getTitleDe().equals("EVA: Hospitationen in Paris, Warschau und Wien"))
                .findFirst()
                .orElseThrow();
        Programme warsawOnly = programmes.create(
                "WEB" + System.nanoTime() % 100000,
                new ProgrammeDetails(
                        "Webprogramm nur mit Warschau",
                        "Web programme with Warsaw only",
                        null,
                        null,
                        null,
                        null,
                        2028,
                        2029,
                        ProgrammeStatus.PLANNED,
                        java.util.Set.of(
                                organisation.unitByCode("WAW").orElseThrow().id())));
        // Two years on, so that no other test meets it among the open calls.
        calls.create(new CallDetails(
                warsawOnly.getId(),
                "Webaufruf nur mit Warschau",
                "Web call with Warsaw only",
                eva.opensLocal().plusYears(2),
                eva.closesLocal().plusYears(2),
                eva.zone(),
                eva.getStaysFrom().plusYears(2),
                eva.getStaysTo().plusYears(2),
                eva.getMinWeeks(),
                eva.getMaxWeeks(),
                eva.getRetentionMonths(),
                eva.getEligibleUnitIds(),
                eva.getLanguages()));
        SecurityContextHolder.clearContext();

        for (String path :
                List.of("/office/exchange/programmes", "/office/exchange/calls", "/office/exchange/placements/new")) {
            mvc.perform(get(path).with(user(demo("paris"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("nur mit Warschau"))));
        }
        mvc.perform(get("/office/exchange/programmes").with(user(demo("warsaw"))))
                .andExpect(content().string(Matchers.containsString("Webprogramm nur mit Warschau")));
        mvc.perform(get("/office/exchange/calls").with(user(demo("warsaw"))))
                .andExpect(content().string(Matchers.containsString("Webaufruf nur mit Warschau")));
        mvc.perform(get("/office/exchange/calls").with(user(demo("viewer"))))
                .andExpect(content().string(Matchers.containsString("Webaufruf nur mit Warschau")));
    }

    @Test
    void aRefusedChangeToAStayComesBackWithWhatWasTyped() throws Exception {
        signIn("admin");
        long version = stays.view(warsawStay.getId()).getVersion();
        SecurityContextHolder.clearContext();
        var refused = mvc.perform(post("/office/exchange/stays/" + warsawStay.getId() + "/schedule")
                        .with(user(demo("admin")))
                        .with(csrf())
                        .param("version", Long.toString(version))
                        .param("startsOn", "1999-01-04")
                        .param("endsOn", "1999-02-26")
                        .param("mentor", "Getippte Mentorin"))
                .andExpect(status().isFound())
                .andReturn();
        // What was typed waits in the browser's session (in the database, ADR 0032) for the page it is sent back to.
        mvc.perform(get(refused.getResponse().getRedirectedUrl())
                        .with(user(demo("admin")))
                        .cookie(refused.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"1999-01-04\"")))
                .andExpect(content().string(Matchers.containsString("value=\"1999-02-26\"")))
                .andExpect(content().string(Matchers.containsString("Getippte Mentorin")));
        signIn("admin");
        assertThat(stays.view(warsawStay.getId()).getVersion()).isEqualTo(version);
    }
}
