package org.jumelage.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jumelage.activities.ParticipantRole;
import org.jumelage.activities.domain.ParticipantDetails;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(controllers = ParticipantController.class, properties = ActivitySlice.MESSAGES)
class ParticipantControllerTests extends ActivitySlice {

    @Test
    void anExternalPersonIsAddedWithTheVersionTheEditorLoaded() {
        MvcTestResult result = add("Anna Nowak", "pl", "anna@um.warszawa.pl");

        assertThat(result).hasRedirectedUrl("/office/activities/31#participants");
        assertThat(result).flash().containsEntry("success", "activity.participantAdded");
        verify(activities)
                .addParticipant(
                        ID,
                        LOADED,
                        new ParticipantDetails(
                                null,
                                "Anna Nowak",
                                null,
                                "pl",
                                null,
                                null,
                                "anna@um.warszawa.pl",
                                ParticipantRole.HEAD_OF_DELEGATION,
                                null));
    }

    @Test
    void badInputComesBackOnTheOpenFormWithLocalisedErrorsAndChangesNothing() {
        MvcTestResult result = add("Anna Nowak", "polnisch!", "anna@warszawa");

        assertThat(result).hasStatusOk().hasViewName("activities/detail");
        assertThat(result)
                .model()
                .extractingBindingResult("participantForm")
                .hasFieldErrors("nameOriginalLang", "email");
        assertThat(result)
                .bodyText()
                .contains("Bitte geben Sie ein Sprachkürzel wie pl, uk oder zh-Hans an.")
                .contains("Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de an oder lassen Sie das Feld leer.")
                .contains("value=\"Anna Nowak\"");
        verify(activities, never()).addParticipant(anyLong(), anyLong(), any());
    }

    @Test
    void anExternalPersonWithoutANameIsRefusedBesideTheName() {
        doThrow(RuleViolation.at("displayName", "activity.error.participantName"))
                .when(activities)
                .addParticipant(anyLong(), anyLong(), any());

        MvcTestResult result = add("", null, null);

        assertThat(result)
                .model()
                .extractingBindingResult("participantForm")
                .hasFieldErrorCode("displayName", "activity.error.participantName");
        assertThat(result).bodyText().contains("Bitte geben Sie den Namen an, wie die Person genannt werden möchte.");
    }

    @Test
    void someoneElsesChangeIsReportedOnTheFormAndAtARemoveButton() {
        doThrow(new EditConflict("activity", LOADED, LOADED + 1))
                .when(activities)
                .addParticipant(anyLong(), anyLong(), any());
        doThrow(new EditConflict("activity", LOADED, LOADED + 1))
                .when(activities)
                .removeParticipant(ID, LOADED, 8L);

        assertThat(add("Anna Nowak", null, null))
                .bodyText()
                .contains("Jemand anderes hat die Aktivität inzwischen geändert; es wurde nichts gespeichert.")
                .contains("value=\"Anna Nowak\"");
        assertThat(press("/participants/8/remove")).flash().containsEntry("failure", "activity.error.changedMeanwhile");
    }

    @Test
    void someoneWhoMayNotEditTheActivityCannotAddParticipants() {
        mayNotEdit();

        assertThat(add("Anna Nowak", null, null)).hasStatus(403);
        verify(activities, never()).addParticipant(anyLong(), anyLong(), any());
    }

    @Test
    void aMemberOfStaffIsFoundByTypingAndTheListNeverHoldsEveryAccount() {
        org.mockito.Mockito.when(staff.find("nowak", java.util.Set.of(), org.jumelage.people.StaffPicker.SHOWN + 1))
                .thenReturn(java.util.List.of(
                        new org.jumelage.people.StaffDirectory.StaffMember(7L, "anowak", "Anna <Nowak>", null, null)));

        MvcTestResult found = mvc.get()
                .uri("/office/activities/31/participants/staff-options")
                .queryParam("staffQuery", "nowak")
                .with(user(editor))
                .exchange();

        assertThat(found).hasStatusOk();
        assertThat(found)
                .bodyText()
                .contains("<option value=\"\">Externe Person (unten eintragen)</option>")
                .contains("<option value=\"7\" selected=\"selected\">Anna &lt;Nowak&gt; (anowak)</option>")
                .contains("hx-swap-oob=\"true\"")
                .contains("1 Treffer in der Auswahl.");
        // A form re-shown after an error offers the search and the member chosen before, and reads no directory.
        org.mockito.Mockito.when(staff.staffMember(7L))
                .thenReturn(java.util.Optional.of(
                        new org.jumelage.people.StaffDirectory.StaffMember(7L, "anowak", "Anna <Nowak>", null, null)));
        MvcTestResult reShown = mvc.post()
                .uri("/office/activities/31/participants")
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("accountId", "7")
                .formField("nameOriginalLang", "polnisch!")
                .formField("role", "MEMBER")
                .exchange();
        assertThat(reShown)
                .bodyText()
                .contains("id=\"p-staff-search\"")
                .contains("hx-get=\"/office/activities/31/participants/staff-options\"")
                .contains("<option value=\"7\" selected=\"selected\">Anna &lt;Nowak&gt; (anowak)</option>");
        verify(staff, never()).staff();
    }

    @Test
    void moreMatchesThanShownAreSaidAndSomeoneWhoMayNotEditFindsNobody() throws Exception {
        java.util.List<org.jumelage.people.StaffDirectory.StaffMember> many = java.util.stream.LongStream.rangeClosed(
                        1, org.jumelage.people.StaffPicker.SHOWN + 1)
                .mapToObj(n -> new org.jumelage.people.StaffDirectory.StaffMember(n, "u" + n, "Name " + n, null, null))
                .toList();
        org.mockito.Mockito.when(staff.find("name", java.util.Set.of(), org.jumelage.people.StaffPicker.SHOWN + 1))
                .thenReturn(many);

        String body = mvc.get()
                .uri("/office/activities/31/participants/staff-options")
                .queryParam("staffQuery", "name")
                .with(user(editor))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body.split("<option").length - 2).isEqualTo(org.jumelage.people.StaffPicker.SHOWN);
        assertThat(body).as("of several matches none is chosen for the person").doesNotContain("selected");
        assertThat(body).contains("Mehr als 20 Treffer");

        org.mockito.Mockito.when(activities.mayEdit(activity)).thenReturn(false);
        assertThat(mvc.get()
                        .uri("/office/activities/31/participants/staff-options")
                        .queryParam("staffQuery", "name")
                        .with(user(editor))
                        .exchange())
                .hasStatus(403);
    }

    private MvcTestResult add(String displayName, String language, String email) {
        var request = mvc.post()
                .uri("/office/activities/31/participants")
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("accountId", "")
                .formField("displayName", displayName)
                .formField("role", "HEAD_OF_DELEGATION");
        if (language != null) {
            request.formField("nameOriginalLang", language);
        }
        if (email != null) {
            request.formField("email", email);
        }
        return request.exchange();
    }
}
