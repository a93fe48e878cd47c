package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jumelage.documents.DownloadAnswers;
import org.jumelage.documents.TestFiles;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

/** Uploaded files are checked for type and size; a refused file changes nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DocumentUploadTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    RegistryService registry;

    private Relationship budapest() {
        return registry.searchAll(
                        new PartnershipQuery(null, null, "HU", null, null, null, null, null, null, null, null),
                        Locale.GERMAN)
                .getFirst();
    }

    private String addInstrument(MockMultipartFile document) throws Exception {
        Relationship budapest = budapest();
        return mvc.perform(multipart("/office/partnerships/" + budapest.getId() + "/instruments/new")
                        .file(document)
                        .param("kind", "ACTION_PLAN")
                        .param("year", "2025")
                        .param("version", Long.toString(budapest.getVersion()))
                        .with(user(accounts.loadUser("admin").orElseThrow()))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aFileThatIsNoPdfIsRefusedWhateverItsNameAndNothingIsStored() throws Exception {
        long version = budapest().getVersion();
        String page = addInstrument(new MockMultipartFile(
                "document", "plan.pdf", "application/pdf", "<html>no pdf</html>".getBytes(StandardCharsets.UTF_8)));

        assertThat(page).contains("Die Datei ist kein PDF.");
        assertThat(budapest().getVersion()).isEqualTo(version);
        assertThat(registry.get(budapest().getId()).instrumentsInOrder()).hasSize(2);
    }

    @Test
    void aPdfAboveTheLimitIsRefusedAndNothingIsStored() throws Exception {
        byte[] large = new byte[(int) DataSize.ofMegabytes(10).toBytes() + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        long version = budapest().getVersion();

        String page = addInstrument(new MockMultipartFile("document", "plan.pdf", "application/pdf", large));

        assertThat(page).contains("Die Datei ist zu groß: höchstens 10 MB.");
        assertThat(budapest().getVersion()).isEqualTo(version);
    }

    @Test
    void aRequestAboveTheServersLimitGoesBackToTheFormWithAMessage() throws Exception {
        refusedAsTooLarge("/office/partnerships/7/instruments/3/document", "/office/partnerships/7");
        refusedAsTooLarge("/office/activities/5/documents", "/office/activities/5");
        refusedAsTooLarge("/office/exchange/stays/9/documents", "/office/exchange/stays/9");
        refusedAsTooLarge("/office/partnerships/7/instruments/new", "/office/partnerships/7/instruments/new");
    }

    private static void refusedAsTooLarge(String path, String back) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public java.util.Collection<jakarta.servlet.http.Part> getParts() {
                throw new IllegalStateException(
                        new org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException(
                                "too big", 13, 12));
            }
        };
        request.setServletPath(path);
        request.setContentType("multipart/form-data; boundary=x");
        org.springframework.mock.web.MockHttpServletResponse response =
                new org.springframework.mock.web.MockHttpServletResponse();
        org.springframework.mock.web.MockFilterChain chain = new org.springframework.mock.web.MockFilterChain();

        new UploadLimitFilter(DataSize.ofMegabytes(10)).doFilter(request, response, chain);

        assertThat(response.getRedirectedUrl()).isEqualTo(back);
        assertThat(chain.getRequest()).as("the request went no further").isNull();
        var flashMaps = new org.springframework.web.servlet.support.SessionFlashMapManager()
                .retrieveAndUpdate(
                        new MockHttpServletRequest("GET", back) {
                            {
                                setSession(request.getSession());
                            }
                        },
                        new org.springframework.mock.web.MockHttpServletResponse());
        assertThat(flashMaps.get("failure")).isEqualTo("document.error.tooLarge");
    }

    @Test
    void anInstrumentsSignedDocumentIsServedAsPdfWithTheOneDownloadAnswerAndRemovedWithIt() throws Exception {
        byte[] pdf = TestFiles.pdf("Aktionsplan");
        addInstrument(new MockMultipartFile("document", "Übersicht Aktionsplan.html", "text/html", pdf));
        Relationship budapest = registry.get(budapest().getId());
        var added = budapest.instrumentsInOrder().stream()
                .filter(instrument -> instrument.getKind() == org.jumelage.partners.InstrumentKind.ACTION_PLAN)
                .findFirst()
                .orElseThrow();

        var download = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/office/partnerships/"
                                        + budapest.getId() + "/instruments/" + added.getId() + "/document")
                                .with(user(accounts.loadUser("viewer").orElseThrow())))
                .andReturn()
                .getResponse();
        DownloadAnswers.assertSafeAttachment(download, "Übersicht Aktionsplan.pdf", "application/pdf", pdf);
        assertThat(download.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Ubersicht Aktionsplan.pdf\";"
                        + " filename*=UTF-8''%C3%9Cbersicht%20Aktionsplan.pdf");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/office/partnerships/"
                                + budapest.getId() + "/instruments/" + added.getId() + "/delete")
                        .param("version", Long.toString(budapest.getVersion()))
                        .with(user(accounts.loadUser("admin").orElseThrow()))
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("success", "instrument.removed"));

        assertThat(registry.get(budapest.getId()).instrumentsInOrder()).hasSize(2);
    }
}
