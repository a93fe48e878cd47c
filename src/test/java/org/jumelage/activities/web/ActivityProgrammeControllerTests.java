package org.jumelage.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jumelage.activities.domain.TestActivities;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(controllers = ActivityProgrammeController.class, properties = ActivitySlice.MESSAGES)
class ActivityProgrammeControllerTests extends ActivitySlice {

    @Test
    void anItemIsAddedWithTheVersionTheEditorLoaded() {
        MvcTestResult result = add("2027-03-10", "10:00", "Empfang im Roten Rathaus", null);

        assertThat(result).hasRedirectedUrl("/office/activities/31#programme");
        assertThat(result).flash().containsEntry("success", "activity.programmeAdded");
        verify(activities)
                .addProgrammeItem(
                        ID,
                        LOADED,
                        LocalDate.of(2027, 3, 10),
                        LocalTime.of(10, 0),
                        null,
                        "Empfang im Roten Rathaus",
                        null,
                        null);
    }

    @Test
    void badInputComesBackOnTheOpenFormWithLocalisedErrorsAndChangesNothing() {
        MvcTestResult result = add("2027-03-10", "10:00", "", "V".repeat(301));

        assertThat(result).hasStatusOk().hasViewName("activities/detail");
        assertThat(result).model().extractingBindingResult("programmeForm").hasFieldErrors("title", "venue");
        assertThat(result)
                .bodyText()
                .contains("Bitte geben Sie Tag und Titel des Programmpunkts an.")
                .contains("Der Text ist zu lang.")
                .contains("<details class=\"add-part\" open")
                .contains("href=\"#item-title\"");
        verify(activities, never()).addProgrammeItem(anyLong(), anyLong(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void aTimeThatIsNoTimeIsRefusedBesideItAndTheOtherFieldsStayAsTyped() {
        MvcTestResult result = add("2027-03-10", "10 Uhr", "Empfang", null);

        assertThat(result).hasStatusOk().hasViewName("activities/detail");
        assertThat(result).model().extractingBindingResult("programmeForm").hasFieldErrors("start");
        assertThat(result)
                .bodyText()
                .contains("Bitte geben Sie eine Uhrzeit in der Form 14:30 an.")
                .contains("value=\"10 Uhr\"")
                .contains("value=\"Empfang\"");
        verify(activities, never()).addProgrammeItem(anyLong(), anyLong(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void aDayOutsideTheActivityIsRefusedBesideTheDay() {
        doThrow(RuleViolation.at("day", "activity.error.programmeDay", "2027-03-10", "2027-03-11"))
                .when(activities)
                .addProgrammeItem(anyLong(), anyLong(), any(), any(), any(), any(), any(), any());

        MvcTestResult result = add("2027-03-12", null, "Abreise", null);

        assertThat(result)
                .model()
                .extractingBindingResult("programmeForm")
                .hasFieldErrorCode("day", "activity.error.programmeDay");
        assertThat(result)
                .bodyText()
                .contains("Der Programmpunkt muss zwischen 2027-03-10 und 2027-03-11 liegen.")
                .contains("value=\"Abreise\"");
    }

    @Test
    void someoneElsesChangeKeepsWhatWasTypedAndTheVersionTheEditorLoaded() {
        // Someone else saved the activity after the editor loaded version 6: it is at version 7 now.
        var theirs = TestActivities.stored(ID, LOADED + 1);
        when(activities.get(ID)).thenReturn(theirs);
        when(activities.mayEdit(theirs)).thenReturn(true);
        doThrow(new EditConflict("activity", LOADED, LOADED + 1))
                .when(activities)
                .addProgrammeItem(anyLong(), anyLong(), any(), any(), any(), any(), any(), any());

        MvcTestResult result = add("2027-03-10", "10:00", "Empfang im Roten Rathaus", null);

        assertThat(result).hasStatusOk().hasViewName("activities/detail");
        assertThat(result)
                .bodyText()
                .contains("Jemand anderes hat die Aktivität inzwischen geändert; es wurde nichts gespeichert.")
                .contains("value=\"Empfang im Roten Rathaus\"")
                .containsPattern("id=\"item-version\"[^>]*value=\"6\"")
                .containsPattern("id=\"task-version\"[^>]*value=\"7\"");
    }

    @Test
    void aRemoveButtonPressedOnAnOldPageSaysTheActivityChanged() {
        doThrow(new EditConflict("activity", LOADED, LOADED + 1))
                .when(activities)
                .removeProgrammeItem(ID, LOADED, 4L);

        MvcTestResult result = press("/programme/4/remove");

        assertThat(result).hasRedirectedUrl("/office/activities/31#programme");
        assertThat(result).flash().containsEntry("failure", "activity.error.changedMeanwhile");
    }

    @Test
    void someoneWhoMayNotEditTheActivityCannotAddToItsProgramme() {
        mayNotEdit();

        assertThat(add("2027-03-10", "10:00", "Empfang", null)).hasStatus(403);
        verify(activities, never()).addProgrammeItem(anyLong(), anyLong(), any(), any(), any(), any(), any(), any());
    }

    private MvcTestResult add(String day, String start, String title, String venue) {
        var request = mvc.post()
                .uri("/office/activities/31/programme")
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("day", day)
                .formField("title", title);
        if (start != null) {
            request.formField("start", start);
        }
        if (venue != null) {
            request.formField("venue", venue);
        }
        return request.exchange();
    }
}
