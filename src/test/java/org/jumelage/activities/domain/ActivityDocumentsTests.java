package org.jumelage.activities.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.jumelage.activities.DocumentKind;
import org.jumelage.documents.TestFiles;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** Documents of an activity: type by content, size limit, versions kept. */
@SpringBootTest
@ActiveProfiles("test")
class ActivityDocumentsTests {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    ActivityDocuments documents;

    @Autowired
    ActivityService activities;

    @Autowired
    AccountService accounts;

    private Activity activity;

    @BeforeEach
    void signInAndPick() {
        var admin = accounts.loadUser("admin").orElseThrow();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        activity = activities.searchAll(ActivityQuery.all()).stream()
                .filter(a -> a.getTitleDe().startsWith("Klimaworkshop"))
                .findFirst()
                .orElseThrow();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theContentDecidesTheTypeAndTheEndingAndARenamedTextFileIsRefused() {
        int before = documents.versions(activity.getId()).size();
        documents.upload(activity.getId(), activity.getVersion(), DocumentKind.REPORT, "Bericht", "bericht.cmd", PDF);
        documents.upload(
                activity.getId(),
                activity.getVersion(),
                DocumentKind.PHOTO,
                "Gruppenfoto",
                "foto.html",
                TestFiles.png());
        documents.upload(
                activity.getId(),
                activity.getVersion(),
                DocumentKind.OTHER,
                "Teilnehmerliste",
                "liste.zip",
                TestFiles.officeOpenXml("xl"));
        assertThat(documents.versions(activity.getId()))
                .extracting(DocumentVersion::fileName, DocumentVersion::contentType)
                .contains(
                        tuple("bericht.pdf", "application/pdf"),
                        tuple("foto.png", "image/png"),
                        tuple("liste.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThatThrownBy(() -> documents.upload(
                        activity.getId(),
                        activity.getVersion(),
                        DocumentKind.MINUTES,
                        "Protokoll",
                        "protokoll.pdf",
                        "nur Text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("document.error.notAccepted");
        // A zip archive is no office document just because it is a zip.
        assertThatThrownBy(() -> documents.upload(
                        activity.getId(),
                        activity.getVersion(),
                        DocumentKind.OTHER,
                        "Archiv",
                        "archiv.docx",
                        TestFiles.zipArchive()))
                .hasMessageContaining("document.error.notAccepted");
        assertThatThrownBy(() -> documents.upload(
                        activity.getId(), activity.getVersion(), DocumentKind.OTHER, "Leer", "leer.pdf", new byte[0]))
                .hasMessageContaining("document.error.empty");
        assertThat(documents.versions(activity.getId())).hasSize(before + 3);
    }

    @Test
    void anOversizedFileIsRefusedAndNothingIsStored() {
        byte[] big = new byte[(int) documents.maxSize().toBytes() + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        int before = documents.versions(activity.getId()).size();
        assertThatThrownBy(() -> documents.upload(
                        activity.getId(), activity.getVersion(), DocumentKind.REPORT, "Bericht", "bericht.pdf", big))
                .hasMessageContaining("document.error.tooLarge");
        assertThat(documents.versions(activity.getId())).hasSize(before);
    }

    @Test
    void aSecondUploadUnderTheSameTitleIsANewVersionAndTheFirstIsKept() {
        documents.upload(activity.getId(), activity.getVersion(), DocumentKind.MINUTES, "Protokoll", "p1.pdf", PDF);
        byte[] second =
                (new String(PDF, StandardCharsets.ISO_8859_1) + "version 2").getBytes(StandardCharsets.ISO_8859_1);
        documents.upload(
                activity.getId(), activity.getVersion(), DocumentKind.MINUTES, "protokoll ", "../../p2.pdf", second);
        var versions = documents.versions(activity.getId()).stream()
                .filter(v -> v.kind() == DocumentKind.MINUTES)
                .toList();
        assertThat(versions).extracting(DocumentVersion::number).containsExactly(2, 1);
        assertThat(versions.getFirst().fileName()).isEqualTo("p2.pdf");
        assertThat(documents
                        .download(activity.getId(), versions.getLast().id())
                        .file()
                        .getContent())
                .isEqualTo(PDF);
        assertThat(documents
                        .download(activity.getId(), versions.getFirst().id())
                        .file()
                        .getContent())
                .isEqualTo(second);
    }
}
