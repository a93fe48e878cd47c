package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

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
                        new PartnershipQuery(null, null, "HU", null, null, null, null, null, null, null), Locale.GERMAN)
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
    void aRequestAboveTheServersLimitGoesBackWithAMessage() {
        MockHttpServletRequest request =
                new MockHttpServletRequest("POST", "/office/partnerships/7/instruments/3/document");
        request.setAttribute(
                org.springframework.web.servlet.DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());

        String view = new UploadLimit(DataSize.ofMegabytes(10)).tooLarge(request);

        assertThat(view).isEqualTo("redirect:/office/partnerships/7");
        assertThat(RequestContextUtils.getOutputFlashMap(request).get("failure"))
                .isEqualTo("document.error.tooLarge");
    }
}
