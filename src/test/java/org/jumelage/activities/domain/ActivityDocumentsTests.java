package org.jumelage.activities.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.jumelage.activities.DocumentKind;
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
    void theContentDecidesTheTypeAndARenamedTextFileIsRefused() {
        assertThat(documents.check("protokoll.pdf", PDF)).isEqualTo("application/pdf");
        assertThat(documents.check("foto.png", new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1}))
                .isEqualTo("image/png");
        assertThat(documents.check("bericht.docx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2}))
                .contains("wordprocessingml");
        assertThatThrownBy(() -> documents.check("protokoll.pdf", "nur Text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("activity.document.error.type");
        // A zip archive is no office document just because it is a zip.
        assertThatThrownBy(() -> documents.check("archiv.zip", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2}))
                .hasMessageContaining("activity.document.error.type");
        assertThatThrownBy(() -> documents.check("leer.pdf", new byte[0])).hasMessageContaining("document.error.empty");
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
        assertThat(documents.download(activity.getId(), versions.getLast().id()).getContent())
                .isEqualTo(PDF);
    }
}
