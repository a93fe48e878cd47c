package org.jumelage.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jumelage.activities.ActivityStatus;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(controllers = ActivityStatusController.class, properties = ActivitySlice.MESSAGES)
class ActivityStatusControllerTests extends ActivitySlice {

    @Test
    void theStatusChangesWithTheVersionTheEditorLoaded() {
        MvcTestResult result = change("CONFIRMED", null);

        assertThat(result).hasRedirectedUrl("/office/activities/31#main");
        assertThat(result).flash().containsEntry("success", "activity.statusChanged");
        verify(activities).changeStatus(ID, LOADED, ActivityStatus.CONFIRMED, null);
    }

    @Test
    void badInputComesBackWithLocalisedErrorsAndChangesNothing() {
        MvcTestResult result = change(null, "R".repeat(1001));

        assertThat(result).hasStatusOk().hasViewName("activities/detail");
        assertThat(result).model().extractingBindingResult("statusForm").hasFieldErrors("status", "reason");
        assertThat(result).bodyText().contains("Bitte wählen Sie einen Stand.", "Der Text ist zu lang.");
        verify(activities, never()).changeStatus(anyLong(), anyLong(), any(), any());
    }

    @Test
    void aCancellationWithoutAReasonIsRefusedBesideTheReason() {
        doThrow(RuleViolation.at("reason", "activity.error.cancelReason"))
                .when(activities)
                .changeStatus(anyLong(), anyLong(), any(), any());

        MvcTestResult result = change("CANCELLED", null);

        assertThat(result)
                .model()
                .extractingBindingResult("statusForm")
                .hasFieldErrorCode("reason", "activity.error.cancelReason");
        assertThat(result).bodyText().contains("Bitte geben Sie den Grund der Absage an.", "href=\"#status-reason\"");
    }

    @Test
    void someoneElsesChangeIsReported() {
        doThrow(new EditConflict("activity", LOADED, LOADED + 1))
                .when(activities)
                .changeStatus(anyLong(), anyLong(), any(), any());

        assertThat(change("HELD", null))
                .bodyText()
                .contains("Jemand anderes hat die Aktivität inzwischen geändert; es wurde nichts gespeichert.");
    }

    @Test
    void someoneWhoMayNotEditTheActivityCannotChangeItsStatus() {
        mayNotEdit();

        assertThat(change("HELD", null)).hasStatus(403);
        verify(activities, never()).changeStatus(anyLong(), anyLong(), any(), any());
    }

    private MvcTestResult change(String status, String reason) {
        var request = mvc.post()
                .uri("/office/activities/31/status")
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED));
        if (status != null) {
            request.formField("status", status);
        }
        if (reason != null) {
            request.formField("reason", reason);
        }
        return request.exchange();
    }
}
