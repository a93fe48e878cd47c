package org.jumelage.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import org.jumelage.exchange.domain.Application;
import org.jumelage.exchange.domain.ApplicationService;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The decisions on an application (steps, placing, withdrawal) are buttons on its page: each answer is that page's
 * one message. Who may see the application is the service's check (404 otherwise).
 */
@WebMvcTest(controllers = ApplicationDecisionController.class)
class ApplicationDecisionControllerTests {

    private static final long ID = 12L;
    private static final long LOADED = 3L;

    private final JumelageUser supervisor =
            new JumelageUser(5L, "sven", "Sven Supervisor", Role.STAFF, null, true, null, false, "{noop}unused");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ApplicationService applications;

    @BeforeEach
    void anApplicationTheSupervisorSees() {
        Application application = mock(Application.class);
        when(applications.view(ID)).thenReturn(application);
    }

    @Test
    void aDeclineIsRecordedWithItsReasonAndTheVersionTheSupervisorSaw() {
        MvcTestResult result = decide("decline", "Die Stelle ist in diesem Zeitraum unbesetzt.");

        assertThat(result).hasRedirectedUrl("/office/exchange/applications/12");
        assertThat(result).flash().containsEntry("success", "application.declined");
        verify(applications).decide(ID, LOADED, false, "Die Stelle ist in diesem Zeitraum unbesetzt.");
    }

    @Test
    void badInputIsRefusedWithALocalisedMessageAndChangesNothing() {
        assertThat(decide("decline", "R".repeat(2001))).flash().containsEntry("failure", "validation.tooLong");
        assertThat(decide("maybe", null)).flash().containsEntry("failure", "validation.required");
        verify(applications, never()).decide(anyLong(), anyLong(), anyBoolean(), any());

        MvcTestResult noPlace = mvc.post()
                .uri("/office/exchange/applications/12/place")
                .with(user(supervisor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("startsOn", "1.5.2027")
                .exchange();
        assertThat(noPlace).flash().containsKey("failure");
        MvcTestResult noChoice = mvc.post()
                .uri("/office/exchange/applications/12/place")
                .with(user(supervisor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("startsOn", "2027-05-01")
                .exchange();
        assertThat(noChoice).flash().containsEntry("failure", "application.error.notAChoice");
        verify(applications, never()).place(anyLong(), anyLong(), anyLong(), any(), any());
    }

    @Test
    void aBrokenRuleAndASecondClickAreEachOneMessage() {
        doThrow(new RuleViolation("application.error.reasonRequired"))
                .when(applications)
                .decide(ID, LOADED, false, null);
        doThrow(new EditConflict("application", LOADED, LOADED + 1))
                .when(applications)
                .decide(ID, LOADED, true, null);

        assertThat(decide("decline", null)).flash().containsEntry("failure", "application.error.reasonRequired");
        assertThat(decide("approve", null)).flash().containsEntry("failure", "application.error.moved");
    }

    @Test
    void theOfficePlacesTheApplicantForTheGivenDates() {
        MvcTestResult result = mvc.post()
                .uri("/office/exchange/applications/12/place")
                .with(user(supervisor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("placementId", "9")
                .formField("startsOn", "2027-05-03")
                .formField("endsOn", "2027-05-14")
                .exchange();

        assertThat(result).flash().containsEntry("success", "application.placed");
        verify(applications).place(ID, LOADED, 9L, LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 14));
    }

    @Test
    void someoneWhoMayNotSeeTheApplicationGetsNotFoundAndDecidesNothing() {
        when(applications.view(ID)).thenThrow(new NotFound("application", ID));

        assertThat(decide("approve", null)).hasStatus(404);
        MvcTestResult withdraw = mvc.post()
                .uri("/office/exchange/applications/12/withdraw")
                .with(user(supervisor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .exchange();
        assertThat(withdraw).hasStatus(404);
        verify(applications, never()).decide(anyLong(), anyLong(), anyBoolean(), any());
        verify(applications, never()).withdraw(anyLong(), anyLong(), any());
    }

    private MvcTestResult decide(String decision, String reason) {
        var request = mvc.post()
                .uri("/office/exchange/applications/12/decision")
                .with(user(supervisor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("decision", decision);
        if (reason != null) {
            request.formField("reason", reason);
        }
        return request.exchange();
    }
}
