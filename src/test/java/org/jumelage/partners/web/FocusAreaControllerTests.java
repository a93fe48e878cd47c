package org.jumelage.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(controllers = FocusAreaController.class, properties = PartSlice.MESSAGES)
class FocusAreaControllerTests extends PartSlice {

    @Test
    void aFocusAreaIsAddedWithTheVersionTheEditorLoaded() {
        MvcTestResult result = add("CULTURE", "Theater", "2001", "2010");

        assertThat(result).hasRedirectedUrl("/office/partnerships/42");
        assertThat(result).flash().containsEntry("success", "focus.added");
        verify(registry).addFocus(ID, LOADED, "CULTURE", "Theater", null, 2001, 2010);
    }

    @Test
    void badInputIsShownAgainWithLocalisedErrorsAndChangesNothing() {
        MvcTestResult result = add("", "T".repeat(301), "201", "2010");

        assertThat(result).hasStatusOk().hasViewName("partners/part");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrors("code", "detailDe", "sinceYear");
        assertThat(result)
                .bodyText()
                .contains(
                        "Bitte füllen Sie dieses Feld aus.",
                        "Der Text ist zu lang.",
                        "Das Jahr muss vierstellig sein.");
        verify(registry, never()).addFocus(anyLong(), anyLong(), any(), any(), any(), any(), any());
    }

    @Test
    void aBrokenRuleStandsBesideTheFieldItNames() {
        doThrow(RuleViolation.at("untilYear", "focus.error.untilBeforeSince"))
                .when(registry)
                .addFocus(anyLong(), anyLong(), any(), any(), any(), any(), any());

        MvcTestResult result = add("CULTURE", "Theater", "2010", "2001");

        assertThat(result)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("untilYear", "focus.error.untilBeforeSince");
        assertThat(result).bodyText().contains("Das Bis-Jahr liegt vor dem Seit-Jahr.", "value=\"Theater\"");
    }

    @Test
    void someoneElsesChangeIsReportedOnTheFormAndAtARemoveButton() {
        doThrow(new EditConflict("relationship", LOADED, LOADED + 1))
                .when(registry)
                .addFocus(anyLong(), anyLong(), any(), any(), any(), any(), any());
        doThrow(new EditConflict("relationship", LOADED, LOADED + 1))
                .when(registry)
                .removeFocus(ID, LOADED, 3L);

        assertThat(add("CULTURE", "Theater", null, null))
                .bodyText()
                .contains("Die Beziehung wurde inzwischen von jemand anderem geändert.")
                .contains("name=\"version\" value=\"4\"");

        MvcTestResult remove = press("/focus/3/delete");
        assertThat(remove).hasRedirectedUrl("/office/partnerships/42");
        assertThat(remove).flash().containsEntry("failure", "partnership.error.conflictPart");
    }

    @Test
    void someoneWhoMayNotEditTheRelationshipCannotAddAFocusArea() {
        mayNotEdit();

        assertThat(mvc.get().uri("/office/partnerships/42/focus/new").with(user(editor)))
                .hasStatus(403);
        assertThat(add("CULTURE", null, null, null)).hasStatus(403);
        verify(registry, never()).addFocus(anyLong(), anyLong(), any(), any(), any(), any(), any());
    }

    private MvcTestResult add(String code, String detailDe, String since, String until) {
        var request = mvc.post()
                .uri("/office/partnerships/42/focus/new")
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("code", code)
                .formField("detailDe", detailDe);
        if (since != null) {
            request.formField("sinceYear", since).formField("untilYear", until);
        }
        return request.exchange();
    }
}
