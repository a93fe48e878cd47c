package org.jumelage.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.jumelage.activities.DocumentKind;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Uploading a document to an activity through its validated form, like every other part. */
@WebMvcTest(controllers = DocumentController.class, properties = ActivitySlice.MESSAGES)
class DocumentControllerTests extends ActivitySlice {

    private static final byte[] PDF = "%PDF-1.7\n%…\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aDocumentIsStoredWithTheVersionTheEditorLoaded() {
        MvcTestResult result = upload("MINUTES", "Protokoll", "protokoll.pdf", PDF);

        assertThat(result).hasRedirectedUrl("/office/activities/31#documents");
        assertThat(result).flash().containsEntry("success", "activity.document.uploaded");
        verify(documents).upload(ID, LOADED, DocumentKind.MINUTES, "Protokoll", "protokoll.pdf", PDF);
    }

    @Test
    void badInputComesBackOnTheOpenFormWithTheTypedValuesAndChangesNothing() {
        MvcTestResult empty = upload("MINUTES", "", "protokoll.pdf", PDF);
        assertThat(empty).hasStatusOk().hasViewName("activities/detail");
        assertThat(empty).model().extractingBindingResult("documentForm").hasFieldErrors("title");
        assertThat(empty)
                .bodyText()
                .contains("Bitte geben Sie Art und Titel des Dokuments an.")
                .contains("<details class=\"add-part\" open");

        MvcTestResult tooLong = upload("REPORT", "T".repeat(201), "programm.pdf", PDF);
        assertThat(tooLong).bodyText().contains("Der Text ist zu lang.").contains("value=\"" + "T".repeat(201) + "\"");
        assertThat(tooLong).bodyText().containsPattern("<option value=\"REPORT\" selected=\"selected\"");

        MvcTestResult noKind = upload("", "Protokoll", "protokoll.pdf", PDF);
        assertThat(noKind).model().extractingBindingResult("documentForm").hasFieldErrors("kind");
        verify(documents, never()).upload(anyLong(), anyLong(), any(), any(), any(), any());
    }

    @Test
    void aFileTheStoreRefusesIsSaidOnTheFormWhichKeepsTheTitle() {
        doThrow(new RuleViolation("document.error.notAccepted"))
                .when(documents)
                .upload(anyLong(), anyLong(), any(), any(), any(), any());

        MvcTestResult result =
                upload("MINUTES", "Anreise", "Anreise.cmd", "@echo off".getBytes(StandardCharsets.UTF_8));

        assertThat(result).hasStatusOk().hasViewName("activities/detail");
        assertThat(result).model().extractingBindingResult("documentForm").hasErrorsCount(1);
        assertThat(result).bodyText().contains("value=\"Anreise\"").contains("Diese Datei nimmt Jumelage nicht an.");
    }

    @Test
    void someoneElsesChangeIsReportedOnTheForm() {
        doThrow(new EditConflict("activity", LOADED, LOADED + 1))
                .when(documents)
                .upload(anyLong(), anyLong(), any(), any(), any(), any());

        assertThat(upload("MINUTES", "Protokoll", "protokoll.pdf", PDF))
                .bodyText()
                .contains("Jemand anderes hat die Aktivität inzwischen geändert; es wurde nichts gespeichert.")
                .contains("value=\"Protokoll\"");
    }

    @Test
    void someoneWhoMayNotEditTheActivityCannotUpload() {
        mayNotEdit();

        assertThat(upload("MINUTES", "Protokoll", "protokoll.pdf", PDF)).hasStatus(403);
        verify(documents, never()).upload(anyLong(), anyLong(), any(), any(), any(), any());
    }

    private MvcTestResult upload(String kind, String title, String fileName, byte[] content) {
        return mvc.post()
                .uri("/office/activities/31/documents")
                .multipart()
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(user(editor))
                .with(csrf())
                .param("version", Long.toString(LOADED))
                .param("kind", kind)
                .param("title", title)
                .exchange();
    }
}
