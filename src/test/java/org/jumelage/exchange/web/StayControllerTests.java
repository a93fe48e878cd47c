package org.jumelage.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import org.jumelage.exchange.StayStatus;
import org.jumelage.exchange.domain.PlacementService;
import org.jumelage.exchange.domain.Stay;
import org.jumelage.exchange.domain.StayService;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.StaffDirectory;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A stay's course and dates: buttons on the stay's page whose answer is that page's one message. */
@WebMvcTest(controllers = StayController.class)
@Import(Names.class)
class StayControllerTests {

    private static final long ID = 21L;
    private static final long LOADED = 2L;

    private final JumelageUser office =
            new JumelageUser(1L, "olga", "Olga Office", Role.EDITOR, null, true, null, false, "{noop}unused");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    StayService stays;

    @MockitoBean
    PlacementService placements;

    @MockitoBean
    Organisation organisation;

    @MockitoBean
    StaffDirectory staff;

    @MockitoBean
    org.jumelage.exchange.domain.AgreementService agreements;

    @MockitoBean
    org.jumelage.exchange.domain.StayPapers papers;

    @BeforeEach
    void aStayTheOfficeManages() {
        when(stays.view(ID)).thenReturn(mock(Stay.class));
    }

    @Test
    void aCancellationIsRecordedWithItsReasonAndTheVersionTheOfficeSaw() {
        MvcTestResult result = move("CANCELLED", "Der Gast ist erkrankt.");

        assertThat(result).hasRedirectedUrl("/office/exchange/stays/21");
        assertThat(result).flash().containsEntry("success", "stay.saved");
        verify(stays).moveTo(ID, LOADED, StayStatus.CANCELLED, "Der Gast ist erkrankt.");
    }

    @Test
    void badInputIsRefusedWithALocalisedMessageAndChangesNothing() {
        assertThat(move("CANCELLED", "R".repeat(2001))).flash().containsEntry("failure", "validation.tooLong");
        assertThat(reschedule("2027-05-03", "M".repeat(201))).flash().containsEntry("failure", "validation.tooLong");
        assertThat(reschedule("3.5.2027", "Maria Muster")).flash().containsEntry("failure", "typeMismatch");
        verify(stays, never()).moveTo(anyLong(), anyLong(), any(), any());
        verify(stays, never()).reschedule(anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void aBrokenRuleAndSomeoneElsesChangeAreEachOneMessage() {
        doThrow(new RuleViolation("stay.error.dates"))
                .when(stays)
                .reschedule(ID, LOADED, LocalDate.of(2027, 5, 3), LocalDate.of(2027, 4, 1), "Maria Muster");
        doThrow(new EditConflict("stay", LOADED, LOADED + 1))
                .when(stays)
                .moveTo(ID, LOADED, StayStatus.CONFIRMED, null);

        assertThat(reschedule("2027-05-03", "Maria Muster")).flash().containsEntry("failure", "stay.error.dates");
        assertThat(move("CONFIRMED", null)).flash().containsEntry("failure", "stay.error.conflict");
        // What was typed goes back to the page, so that nobody types it twice.
        assertThat(reschedule("2027-05-03", "Maria Muster"))
                .flash()
                .containsEntry(
                        "scheduleForm",
                        new StayScheduleForm(
                                LocalDate.of(2027, 5, 3), LocalDate.of(2027, 4, 1), "Maria Muster", LOADED));
    }

    @Test
    void someoneWhoMayNotSeeTheStayGetsNotFoundAndChangesNothing() {
        when(stays.view(ID)).thenThrow(new NotFound("stay", ID));

        assertThat(move("CONFIRMED", null)).hasStatus(404);
        verify(stays, never()).moveTo(anyLong(), anyLong(), any(), any());
    }

    @Test
    void aDocumentIsStoredUnderItsTitle() {
        byte[] pdf = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        MvcTestResult result = upload("Vereinbarung", pdf);

        assertThat(result).hasRedirectedUrl("/office/exchange/stays/21");
        assertThat(result).flash().containsEntry("success", "stay.document.uploaded");
        verify(stays).upload(ID, "Vereinbarung", "vereinbarung.pdf", pdf);
    }

    @Test
    void aDocumentWithoutATitleOrWithOneTooLongIsRefusedAndTheTitleComesBack() {
        byte[] pdf = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        for (String title : new String[] {"", "T".repeat(201)}) {
            MvcTestResult result = upload(title, pdf);
            assertThat(result).hasRedirectedUrl("/office/exchange/stays/21");
            assertThat(result).flash().containsEntry("failure", "stay.document.error.title");
            assertThat(result)
                    .flash()
                    .containsEntry("documentForm", new StayDocumentForm(title.isEmpty() ? null : title));
        }
        verify(stays, never()).upload(anyLong(), any(), any(), any());
    }

    @Test
    void aFileTheStoreRefusesIsTheMessageAndNothingIsStored() {
        org.mockito.Mockito.doThrow(new org.jumelage.shared.RuleViolation("document.error.notPdf"))
                .when(stays)
                .upload(anyLong(), any(), any(), any());

        MvcTestResult result = upload("Vereinbarung", "MZ".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(result).flash().containsEntry("failure", "document.error.notPdf");
        assertThat(result).flash().containsEntry("documentForm", new StayDocumentForm("Vereinbarung"));
    }

    private MvcTestResult upload(String title, byte[] content) {
        return mvc.post()
                .uri("/office/exchange/stays/21/documents")
                .multipart()
                .file(new org.springframework.mock.web.MockMultipartFile(
                        "file", "vereinbarung.pdf", "application/pdf", content))
                .with(user(office))
                .with(csrf())
                .param("title", title)
                .exchange();
    }

    private MvcTestResult move(String status, String reason) {
        var request = mvc.post()
                .uri("/office/exchange/stays/21/status")
                .with(user(office))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("status", status);
        if (reason != null) {
            request.formField("reason", reason);
        }
        return request.exchange();
    }

    private MvcTestResult reschedule(String startsOn, String mentor) {
        return mvc.post()
                .uri("/office/exchange/stays/21/schedule")
                .with(user(office))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("startsOn", startsOn)
                .formField("endsOn", "2027-04-01")
                .formField("mentor", mentor)
                .exchange();
    }
}
