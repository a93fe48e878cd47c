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

import org.jumelage.partners.RelationshipStatus;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.PartialDate;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(controllers = RelationshipStatusController.class, properties = PartSlice.MESSAGES)
class RelationshipStatusControllerTests extends PartSlice {

    @Test
    void aNewStatusIsSavedWithTheVersionTheEditorLoaded() {
        MvcTestResult result = change("DORMANT", "2019", "Seit der Wahl keine Kontakte mehr.");

        assertThat(result).hasRedirectedUrl("/office/partnerships/42");
        assertThat(result).flash().containsEntry("success", "status.changed");
        verify(registry)
                .changeStatus(
                        ID,
                        LOADED,
                        RelationshipStatus.DORMANT,
                        PartialDate.ofYear(2019),
                        "Seit der Wahl keine Kontakte mehr.",
                        null);
    }

    @Test
    void badInputIsShownAgainWithLocalisedErrorsAndChangesNothing() {
        MvcTestResult result = change("DORMANT", "19", "");

        assertThat(result).hasStatusOk().hasViewName("partners/part");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrors("year", "reason");
        assertThat(result)
                .bodyText()
                .contains("Das Jahr muss vierstellig sein.")
                .contains("Bitte nennen Sie den Grund der Statusänderung.");
        verify(registry, never()).changeStatus(anyLong(), anyLong(), any(), any(), any(), any());
    }

    @Test
    void aBrokenRuleAboutOneFieldStandsBesideItAndKeepsWhatWasTyped() {
        doThrow(RuleViolation.at("year", "status.error.future"))
                .when(registry)
                .changeStatus(anyLong(), anyLong(), any(), any(), any(), any());

        MvcTestResult result = change("DORMANT", "2999", "Noch nicht.");

        assertThat(result).hasStatusOk().hasViewName("partners/part");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrorCode("year", "status.error.future");
        assertThat(result)
                .bodyText()
                .contains("Eine Statusänderung kann nicht in der Zukunft gelten.")
                .contains("value=\"2999\"")
                .contains(">Noch nicht.</textarea>");
    }

    @Test
    void someoneElsesChangeIsReportedAndTheFormKeepsTheLoadedVersion() {
        doThrow(new EditConflict("relationship", LOADED, LOADED + 1))
                .when(registry)
                .changeStatus(anyLong(), anyLong(), any(), any(), any(), any());

        MvcTestResult result = change("DORMANT", "2019", "Seit der Wahl keine Kontakte mehr.");

        assertThat(result).hasStatusOk().hasViewName("partners/part");
        assertThat(result)
                .bodyText()
                .contains("Die Beziehung wurde inzwischen von jemand anderem geändert.")
                .contains("name=\"version\" value=\"4\"")
                .contains(">Seit der Wahl keine Kontakte mehr.</textarea>");
    }

    @Test
    void someoneWhoMayNotEditTheRelationshipCannotChangeItsStatus() {
        mayNotEdit();

        assertThat(mvc.get().uri("/office/partnerships/42/status").with(user(editor)))
                .hasStatus(403);
        assertThat(change("DORMANT", "2019", "Seit der Wahl.")).hasStatus(403);
        verify(registry, never()).changeStatus(anyLong(), anyLong(), any(), any(), any(), any());
    }

    @Test
    void theFormSaysAtEachFieldWhetherTheCitysPublicPageShowsIt() {
        when(relationship.isPublicVisible()).thenReturn(true);

        MvcTestResult published = mvc.get()
                .uri("/office/partnerships/42/status")
                .with(user(editor))
                .exchange();

        assertThat(published)
                .bodyText()
                .contains("id=\"status-hint\">Öffentlich: Der Status steht auf der Seite von Krakau")
                .contains("aria-describedby=\"status-hint\"")
                .contains("id=\"reason-hint\">Öffentlich, wenn der neue Status nicht „aktiv“ ist")
                .contains("aria-describedby=\"reason-hint\"")
                .contains("Nur intern: erscheint nicht auf der Website.");
        // The date is shown with the reason: its hint says so too.
        assertThat(published)
                .bodyText()
                .containsPattern("id=\"year-hint\">(?s).*Öffentlich, wenn der neue Status nicht „aktiv“ ist");

        when(relationship.isPublicVisible()).thenReturn(false);
        assertThat(mvc.get().uri("/office/partnerships/42/status").with(user(editor)))
                .bodyText()
                .contains("Wird auf der Seite von Krakau auf der Website der Stadt gezeigt, sobald die Beziehung"
                        + " veröffentlicht ist.")
                .doesNotContain("Öffentlich: Der Status steht");
    }

    private MvcTestResult change(String status, String year, String reason) {
        return mvc.post()
                .uri("/office/partnerships/42/status")
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("status", status)
                .formField("year", year)
                .formField("reason", reason)
                .exchange();
    }
}
