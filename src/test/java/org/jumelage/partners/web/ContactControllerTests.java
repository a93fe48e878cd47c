package org.jumelage.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jumelage.partners.ContactSide;
import org.jumelage.partners.domain.ContactDetails;
import org.jumelage.shared.EditConflict;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(controllers = ContactController.class, properties = PartSlice.MESSAGES)
class ContactControllerTests extends PartSlice {

    @Test
    void aContactIsAddedWithTheVersionTheEditorLoaded() {
        MvcTestResult result = add("Anna Nowak", "anna@krakow.pl");

        assertThat(result).hasRedirectedUrl("/office/partnerships/42");
        assertThat(result).flash().containsEntry("success", "contact.added");
        verify(registry)
                .addContact(
                        ID,
                        LOADED,
                        new ContactDetails(
                                ContactSide.PARTNER,
                                "Anna Nowak",
                                null,
                                null,
                                null,
                                null,
                                "anna@krakow.pl",
                                null,
                                null,
                                false));
    }

    @Test
    void badInputIsShownAgainWithLocalisedErrorsAndChangesNothing() {
        MvcTestResult result = add("", "not-an-address");

        assertThat(result).hasStatusOk().hasViewName("partners/part");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrors("name", "email");
        assertThat(result)
                .bodyText()
                .contains("Bitte füllen Sie dieses Feld aus.", "Bitte geben Sie eine gültige E-Mail-Adresse an.")
                .contains("value=\"not-an-address\"");
        verify(registry, never()).addContact(anyLong(), anyLong(), any());
    }

    @Test
    void someoneElsesChangeIsReportedOnTheFormAndAtARemoveButton() {
        doThrow(new EditConflict("relationship", LOADED, LOADED + 1))
                .when(registry)
                .addContact(anyLong(), anyLong(), any());
        doThrow(new EditConflict("relationship", LOADED, LOADED + 1))
                .when(registry)
                .removeContact(ID, LOADED, 9L);

        assertThat(add("Anna Nowak", null))
                .bodyText()
                .contains("Die Beziehung wurde inzwischen von jemand anderem geändert.")
                .contains("name=\"version\" value=\"4\"", "value=\"Anna Nowak\"");

        MvcTestResult remove = press("/contacts/9/delete");
        assertThat(remove).flash().containsEntry("failure", "partnership.error.conflictPart");
    }

    @Test
    void someoneWhoMayNotEditTheRelationshipCannotAddAContact() {
        mayNotEdit();

        assertThat(mvc.get().uri("/office/partnerships/42/contacts/new").with(user(editor)))
                .hasStatus(403);
        assertThat(add("Anna Nowak", null)).hasStatus(403);
        verify(registry, never()).addContact(anyLong(), anyLong(), any());
    }

    private MvcTestResult add(String name, String email) {
        var request = mvc.post()
                .uri("/office/partnerships/42/contacts/new")
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("side", "PARTNER")
                .formField("_publicVisible", "on")
                .formField("name", name);
        if (email != null) {
            request.formField("email", email);
        }
        return request.exchange();
    }
}
