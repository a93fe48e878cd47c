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

import java.util.Locale;
import org.jumelage.exchange.domain.Nomination;
import org.jumelage.exchange.domain.NominationService;
import org.jumelage.exchange.domain.PlacementService;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.StaffDirectory;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The host's decision on a nominated guest (accept with a mentor, decline with a reason) and the coordinator's
 * withdrawal: buttons on the hosting offer's page whose answer is that page's one message. Who may see the
 * nomination is the service's check (404 otherwise).
 */
@WebMvcTest(controllers = NominationController.class)
@Import(Names.class)
class NominationControllerTests {

    private static final long ID = 31L;
    private static final long PLACEMENT = 7L;
    private static final long LOADED = 4L;
    private static final String OFFER_PAGE = "/office/exchange/placements/7";

    private final JumelageUser host =
            new JumelageUser(2L, "erik", "Erik Editor", Role.EDITOR, null, true, null, false, "{noop}unused");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MessageSource messages;

    @MockitoBean
    NominationService nominations;

    @MockitoBean
    PlacementService placements;

    @MockitoBean
    Organisation organisation;

    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void aNominationForAHostingOffer() {
        Nomination nomination = mock(Nomination.class);
        when(nomination.getPlacementId()).thenReturn(PLACEMENT);
        when(nominations.view(ID)).thenReturn(nomination);
    }

    @Test
    void theHostAcceptsWithAMentorAndTheVersionTheySaw() {
        MvcTestResult result = accept("12");

        assertThat(result).hasRedirectedUrl(OFFER_PAGE);
        assertThat(result).flash().containsEntry("success", "nomination.accepted");
        verify(nominations).accept(ID, LOADED, 12L);
    }

    @Test
    void theHostDeclinesWithTheReasonTyped() {
        MvcTestResult result = decline("Im Zeitraum ist keine Mentorin frei.");

        assertThat(result).hasRedirectedUrl(OFFER_PAGE);
        assertThat(result).flash().containsEntry("success", "nomination.declined");
        verify(nominations).decline(ID, LOADED, "Im Zeitraum ist keine Mentorin frei.");
    }

    @Test
    void theCoordinatorWithdrawsAsOfTheVersionTheySaw() {
        MvcTestResult result = withdraw(Long.toString(LOADED));

        assertThat(result).hasRedirectedUrl(OFFER_PAGE);
        assertThat(result).flash().containsEntry("success", "nomination.withdrawn");
        verify(nominations).withdraw(ID, LOADED);
    }

    @Test
    void aDeclineWithoutReasonIsRefusedWithALocalisedMessageAndChangesNothing() {
        for (String blank : new String[] {null, "", "   "}) {
            MvcTestResult result = decline(blank);
            assertThat(result).hasRedirectedUrl(OFFER_PAGE);
            assertThat(result).flash().containsEntry("failure", "application.error.reasonRequired");
        }
        assertThat(inGermanAndEnglish("application.error.reasonRequired"))
                .containsExactly("Bitte begründen Sie die Ablehnung.", "Please give a reason for declining.");
        verify(nominations, never()).decline(anyLong(), anyLong(), any());
    }

    @Test
    void aDeclineReasonLongerThanItsColumnIsRefusedNotCut() {
        MvcTestResult result = decline("R".repeat(2001));

        assertThat(result).hasRedirectedUrl(OFFER_PAGE);
        assertThat(result).flash().containsEntry("failure", "nomination.error.reasonTooLong");
        assertThat(inGermanAndEnglish("nomination.error.reasonTooLong"))
                .containsExactly(
                        "Die Begründung der Ablehnung ist zu lang; erlaubt sind höchstens 2.000 Zeichen.",
                        "The reason for declining is too long: it may have at most 2,000 characters.");
        verify(nominations, never()).decline(anyLong(), anyLong(), any());

        // The whole column is there to use.
        decline("R".repeat(2000));
        verify(nominations).decline(ID, LOADED, "R".repeat(2000));
    }

    @Test
    void anAcceptanceWithoutMentorOrWithAGarbledVersionChangesNothing() {
        assertThat(accept(null)).flash().containsEntry("failure", "nomination.error.mentor");
        assertThat(accept("someone")).flash().containsEntry("failure", "typeMismatch");
        assertThat(withdraw("vier")).flash().containsEntry("failure", "typeMismatch");
        verify(nominations, never()).accept(anyLong(), anyLong(), anyLong());
        verify(nominations, never()).withdraw(anyLong(), anyLong());
    }

    @Test
    void aSecondDecisionIsToldThatTheNominationWasDecided() {
        doThrow(new EditConflict("nomination", LOADED, LOADED + 1))
                .when(nominations)
                .accept(ID, LOADED, 12L);
        doThrow(new EditConflict("nomination", LOADED, LOADED + 1))
                .when(nominations)
                .decline(ID, LOADED, "Kein Platz");

        MvcTestResult accepted = accept("12");
        assertThat(accepted).hasRedirectedUrl(OFFER_PAGE);
        assertThat(accepted).flash().containsEntry("failure", "nomination.error.decided");
        assertThat(accepted).flash().doesNotContainKey("success");
        assertThat(decline("Kein Platz")).flash().containsEntry("failure", "nomination.error.decided");
        assertThat(inGermanAndEnglish("nomination.error.decided"))
                .containsExactly(
                        "Über diese Nominierung ist schon entschieden.", "This nomination has already been decided.");
    }

    @Test
    void someoneWhoMayNotSeeTheNominationGetsNotFoundAndDecidesNothing() {
        when(nominations.view(ID)).thenThrow(new NotFound("nomination", ID));

        assertThat(accept("12")).hasStatus(404);
        assertThat(decline("Kein Platz")).hasStatus(404);
        assertThat(withdraw(Long.toString(LOADED))).hasStatus(404);
        verify(nominations, never()).accept(anyLong(), anyLong(), anyLong());
        verify(nominations, never()).decline(anyLong(), anyLong(), any());
        verify(nominations, never()).withdraw(anyLong(), anyLong());
    }

    private String[] inGermanAndEnglish(String key) {
        return new String[] {
            messages.getMessage(key, null, Locale.GERMAN), messages.getMessage(key, null, Locale.ENGLISH)
        };
    }

    private MvcTestResult accept(String mentorId) {
        var request = mvc.post()
                .uri("/office/exchange/nominations/31/accept")
                .with(user(host))
                .with(csrf())
                .formField("version", Long.toString(LOADED));
        if (mentorId != null) {
            request.formField("mentorId", mentorId);
        }
        return request.exchange();
    }

    private MvcTestResult decline(String reason) {
        var request = mvc.post()
                .uri("/office/exchange/nominations/31/decline")
                .with(user(host))
                .with(csrf())
                .formField("version", Long.toString(LOADED));
        if (reason != null) {
            request.formField("reason", reason);
        }
        return request.exchange();
    }

    private MvcTestResult withdraw(String version) {
        return mvc.post()
                .uri("/office/exchange/nominations/31/withdraw")
                .with(user(host))
                .with(csrf())
                .formField("version", version)
                .exchange();
    }
}
