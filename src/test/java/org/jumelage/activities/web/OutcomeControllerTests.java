package org.jumelage.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jumelage.activities.LessonRating;
import org.jumelage.activities.domain.Outcome;
import org.jumelage.shared.EditConflict;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(controllers = OutcomeController.class, properties = ActivitySlice.MESSAGES)
class OutcomeControllerTests extends ActivitySlice {

    @Test
    void theOutcomeIsRecordedWithTheVersionTheEditorLoaded() {
        MvcTestResult result = record("Warschau übernimmt das Modell.", "GOOD");

        assertThat(result).hasRedirectedUrl("/office/activities/31#outcome");
        assertThat(result).flash().containsEntry("success", "activity.outcomeSaved");
        verify(activities)
                .recordOutcome(
                        ID,
                        LOADED,
                        new Outcome("Warschau übernimmt das Modell.", null, null, null, null, LessonRating.GOOD));
    }

    @Test
    void badInputIsShownAgainWithALocalisedErrorAndChangesNothing() {
        MvcTestResult result = record("S".repeat(4001), "GOOD");

        assertThat(result).hasStatusOk().hasViewName("activities/outcome");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrors("summary");
        assertThat(result)
                .bodyText()
                .contains("Der Text ist zu lang.")
                .contains("<option value=\"GOOD\" selected=\"selected\">");
        verify(activities, never()).recordOutcome(anyLong(), anyLong(), any());
    }

    @Test
    void someoneElsesChangeKeepsWhatWasTypedAndTheLoadedVersion() {
        doThrow(new EditConflict("activity", LOADED, LOADED + 1))
                .when(activities)
                .recordOutcome(anyLong(), anyLong(), any());

        MvcTestResult result = record("Das Modell wird uebernommen", "GOOD");

        assertThat(result).hasStatusOk().hasViewName("activities/outcome");
        assertThat(result)
                .bodyText()
                .contains("Jemand anderes hat die Aktivität inzwischen geändert; es wurde nichts gespeichert.")
                .contains(">Das Modell wird uebernommen</textarea>")
                .contains("name=\"version\" value=\"6\"");
    }

    @Test
    void someoneWhoMayNotEditTheActivityCannotRecordItsOutcome() {
        mayNotEdit();

        assertThat(mvc.get().uri("/office/activities/31/outcome").with(user(editor)))
                .hasStatus(403);
        assertThat(record("Gut", null)).hasStatus(403);
        verify(activities, never()).recordOutcome(anyLong(), anyLong(), any());
    }

    private MvcTestResult record(String summary, String rating) {
        var request = mvc.post()
                .uri("/office/activities/31/outcome")
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("summary", summary);
        if (rating != null) {
            request.formField("rating", rating);
        }
        return request.exchange();
    }
}
