package org.jumelage.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import org.jumelage.shared.EditConflict;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(controllers = TaskController.class, properties = ActivitySlice.MESSAGES)
class TaskControllerTests extends ActivitySlice {

    @Test
    void aTaskIsAddedWithTheVersionTheEditorLoaded() {
        MvcTestResult result = add("Protokoll versenden", "2027-03-20");

        assertThat(result).hasRedirectedUrl("/office/activities/31#tasks");
        assertThat(result).flash().containsEntry("success", "activity.taskAdded");
        verify(activities).addTask(ID, LOADED, "Protokoll versenden", null, LocalDate.of(2027, 3, 20));
    }

    @Test
    void badInputComesBackOnTheOpenFormWithLocalisedErrorsAndChangesNothing() {
        MvcTestResult empty = add("", null);
        assertThat(empty).hasStatusOk().hasViewName("activities/detail");
        assertThat(empty).model().extractingBindingResult("taskForm").hasFieldErrors("title");
        assertThat(empty).bodyText().contains("Bitte beschreiben Sie die Aufgabe.", "<details class=\"add-part\" open");

        MvcTestResult tooLong = add("T".repeat(501), null);
        assertThat(tooLong).bodyText().contains("Der Text ist zu lang.");
        verify(activities, never()).addTask(anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void someoneElsesChangeIsReportedOnTheFormAndAtTheDoneButton() {
        doThrow(new EditConflict("activity", LOADED, LOADED + 1))
                .when(activities)
                .addTask(anyLong(), anyLong(), any(), any(), any());
        doThrow(new EditConflict("activity", LOADED, LOADED + 1))
                .when(activities)
                .setTaskDone(ID, LOADED, 3L, true);

        assertThat(add("Protokoll versenden", null))
                .bodyText()
                .contains("Jemand anderes hat die Aktivität inzwischen geändert; es wurde nichts gespeichert.")
                .contains("value=\"Protokoll versenden\"");
        MvcTestResult done = press("/tasks/3/done");
        assertThat(done).hasRedirectedUrl("/office/activities/31#tasks");
        assertThat(done).flash().containsEntry("failure", "activity.error.changedMeanwhile");
    }

    @Test
    void someoneWhoMayNotEditTheActivityCannotAddTasks() {
        mayNotEdit();

        assertThat(add("Protokoll versenden", null)).hasStatus(403);
        verify(activities, never()).addTask(anyLong(), anyLong(), any(), any(), any());
    }

    private MvcTestResult add(String title, String due) {
        var request = mvc.post()
                .uri("/office/activities/31/tasks")
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("title", title);
        if (due != null) {
            request.formField("due", due);
        }
        return request.exchange();
    }
}
