package org.jumelage.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jumelage.partners.InstrumentKind;
import org.jumelage.partners.domain.InstrumentDetails;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.PartialDate;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.unit.DataSize;

@WebMvcTest(controllers = InstrumentController.class, properties = PartSlice.MESSAGES)
class InstrumentControllerTests extends PartSlice {

    @BeforeEach
    void documentsUpToTenMegabytes() {
        when(documents.maxSize()).thenReturn(DataSize.ofMegabytes(10));
    }

    @Test
    void anInstrumentIsAddedWithTheVersionTheEditorLoaded() {
        MvcTestResult result = add("JOINT_DECLARATION", "1991", "Krakau");

        assertThat(result).hasRedirectedUrl("/office/partnerships/42");
        assertThat(result).flash().containsEntry("success", "instrument.added");
        verify(documents)
                .addInstrument(
                        ID,
                        LOADED,
                        new InstrumentDetails(
                                InstrumentKind.JOINT_DECLARATION, PartialDate.ofYear(1991), "Krakau", null, null, null),
                        null,
                        null);
    }

    @Test
    void badInputIsShownAgainWithLocalisedErrorsAndChangesNothing() {
        MvcTestResult result = add("", "1991", "K".repeat(201));

        assertThat(result).hasStatusOk().hasViewName("partners/part");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrors("kind", "place");
        assertThat(result).bodyText().contains("Bitte füllen Sie dieses Feld aus.", "Der Text ist zu lang.");
        verify(documents, never()).addInstrument(anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void aSigningDateNeedsItsYearAndCannotLieInTheFuture() {
        assertThat(add("JOINT_DECLARATION", "", "Krakau"))
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("year", "date.error.yearRequired");
        MvcTestResult future = add("JOINT_DECLARATION", "2027", "Krakau");
        assertThat(future).model().extractingBindingResult("form").hasFieldErrorCode("year", "date.error.future");
        assertThat(future).bodyText().contains("Dieses Datum liegt in der Zukunft.", "Das Jahr ist nötig");
        // This year, month and day unknown, is not in the future.
        assertThat(add("JOINT_DECLARATION", "2026", "Krakau")).hasStatus3xxRedirection();
        verify(documents).addInstrument(anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void aFileThatIsNoPdfIsRefusedBesideTheFileField() {
        doThrow(new RuleViolation("document.error.notPdf")).when(documents).check(any());

        MvcTestResult result = mvc.post()
                .uri("/office/partnerships/42/instruments/new")
                .multipart()
                .file(new MockMultipartFile("document", "Vertrag.pdf", "application/pdf", "<html>".getBytes()))
                .with(user(editor))
                .with(csrf())
                .param("version", Long.toString(LOADED))
                .param("kind", "JOINT_DECLARATION")
                .param("place", "Krakau")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("partners/part");
        assertThat(result)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("document", "document.error.notPdf");
        assertThat(result).bodyText().contains("Die Datei ist kein PDF.").contains("value=\"Krakau\"");
        verify(documents, never()).addInstrument(anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void someoneElsesChangeIsReportedOnTheFormAndAtARemoveButton() {
        doThrow(new EditConflict("relationship", LOADED, LOADED + 1))
                .when(documents)
                .addInstrument(anyLong(), anyLong(), any(), any(), any());
        doThrow(new EditConflict("relationship", LOADED, LOADED + 1))
                .when(documents)
                .removeInstrument(ID, LOADED, 7L);

        MvcTestResult form = add("JOINT_DECLARATION", "1991", "Krakau");
        assertThat(form).hasStatusOk().hasViewName("partners/part");
        assertThat(form)
                .bodyText()
                .contains("Die Beziehung wurde inzwischen von jemand anderem geändert.")
                .contains("name=\"version\" value=\"4\"")
                .contains("value=\"Krakau\"");

        MvcTestResult remove = press("/instruments/7/delete");
        assertThat(remove).hasRedirectedUrl("/office/partnerships/42");
        assertThat(remove).flash().containsEntry("failure", "partnership.error.conflictPart");
    }

    @Test
    void someoneWhoMayNotEditTheRelationshipCannotAddAnInstrument() {
        mayNotEdit();

        assertThat(mvc.get().uri("/office/partnerships/42/instruments/new").with(user(editor)))
                .hasStatus(403);
        assertThat(add("JOINT_DECLARATION", "1991", "Krakau")).hasStatus(403);
        verify(documents, never()).addInstrument(anyLong(), anyLong(), any(), any(), any());
    }

    private MvcTestResult add(String kind, String year, String place) {
        return mvc.post()
                .uri("/office/partnerships/42/instruments/new")
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("kind", kind)
                .formField("year", year)
                .formField("place", place)
                .exchange();
    }
}
