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

import java.util.List;
import org.jumelage.partners.ResponsibilityRole;
import org.jumelage.people.UnitKind;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(controllers = ResponsibilityController.class, properties = PartSlice.MESSAGES)
class ResponsibilityControllerTests extends PartSlice {

    @BeforeEach
    void oneUnit() {
        when(organisation.units())
                .thenReturn(List.of(
                        new UnitRef(7L, 1L, UnitKind.UNIT, "SKZL-PS", "Referat Städtepartnerschaften", "Twinning")));
    }

    @Test
    void aUnitIsAddedWithTheVersionTheEditorLoaded() {
        MvcTestResult result = add("7", "HOLDER", "Leitung");

        assertThat(result).hasRedirectedUrl("/office/partnerships/42");
        assertThat(result).flash().containsEntry("success", "responsibility.added");
        verify(registry).addResponsibility(ID, LOADED, 7L, ResponsibilityRole.HOLDER, "Leitung", null);
    }

    @Test
    void badInputIsShownAgainWithLocalisedErrorsAndChangesNothing() {
        MvcTestResult result = add("", "HOLDER", "N".repeat(501));

        assertThat(result).hasStatusOk().hasViewName("partners/part");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrors("unitId", "noteDe");
        assertThat(result).bodyText().contains("Bitte füllen Sie dieses Feld aus.", "Der Text ist zu lang.");
        verify(registry, never()).addResponsibility(anyLong(), anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void aUnitTwiceInTheSameRoleIsRefusedBesideTheRole() {
        doThrow(RuleViolation.at("role", "responsibility.error.duplicate"))
                .when(registry)
                .addResponsibility(anyLong(), anyLong(), anyLong(), any(), any(), any());

        MvcTestResult result = add("7", "HOLDER", "Leitung");

        assertThat(result)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("role", "responsibility.error.duplicate");
        assertThat(result)
                .bodyText()
                .contains("Diese Stelle ist schon mit dieser Rolle eingetragen.", "value=\"Leitung\"");
    }

    @Test
    void someoneElsesChangeIsReportedOnTheFormAndAtARemoveButton() {
        doThrow(new EditConflict("relationship", LOADED, LOADED + 1))
                .when(registry)
                .addResponsibility(anyLong(), anyLong(), anyLong(), any(), any(), any());
        doThrow(new EditConflict("relationship", LOADED, LOADED + 1))
                .when(registry)
                .removeResponsibility(ID, LOADED, 5L);

        assertThat(add("7", "HOLDER", null))
                .bodyText()
                .contains("Die Beziehung wurde inzwischen von jemand anderem geändert.")
                .contains("name=\"version\" value=\"4\"");

        MvcTestResult remove = press("/units/5/delete");
        assertThat(remove).flash().containsEntry("failure", "partnership.error.conflictPart");
    }

    @Test
    void someoneWhoMayNotEditTheRelationshipCannotAddAUnit() {
        mayNotEdit();

        assertThat(mvc.get().uri("/office/partnerships/42/units/new").with(user(editor)))
                .hasStatus(403);
        assertThat(add("7", "HOLDER", null)).hasStatus(403);
        verify(registry, never()).addResponsibility(anyLong(), anyLong(), anyLong(), any(), any(), any());
    }

    private MvcTestResult add(String unitId, String role, String noteDe) {
        var request = mvc.post()
                .uri("/office/partnerships/42/units/new")
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("unitId", unitId)
                .formField("role", role);
        if (noteDe != null) {
            request.formField("noteDe", noteDe);
        }
        return request.exchange();
    }
}
