package org.jumelage.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.UnitKind;
import org.jumelage.people.UnitRef;
import org.jumelage.people.domain.Account;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The account pages with the default test security: the platform's URL rules are not loaded here, so these tests
 * show what an administrator sees, not who may see it. Pages render in German, the default language.
 */
@WebMvcTest(
        controllers = AccountController.class,
        properties = "spring.messages.basename=messages/common,messages/people,messages/partners")
class AccountControllerTests {

    private static final long ADMIN_ID = 1L;
    private static final long UNIT_ID = 7L;

    // A real JumelageUser: the controller and the layout read it from the security context.
    private final JumelageUser admin =
            new JumelageUser(ADMIN_ID, "ada", "Ada Admin", Role.ADMIN, null, true, null, false, "{noop}unused");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AccountService accounts;

    @MockitoBean
    Organisation organisation;

    @Test
    void listShowsEveryAccountWithRoleUnitAndState() {
        Account editor = account(2L, "bob.builder", "Bob Builder", Role.EDITOR, UNIT_ID, true);
        Account former = account(3L, "carla", "Carla Former", Role.VIEWER, null, false);
        when(accounts.search(any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenReturn(new org.springframework.data.domain.PageImpl<>(List.of(editor, former)));
        when(organisation.units()).thenReturn(List.of(twinningUnit()));

        MvcTestResult result =
                mvc.get().uri("/office/accounts").with(user(admin)).exchange();

        assertThat(result).hasStatusOk().hasViewName("people/accounts");
        assertThat(result)
                .bodyText()
                .contains("<caption>Alle Konten, nach Benutzernamen sortiert</caption>")
                .contains("bob.builder", "Bob Builder", "Redaktion", "Referat Städtepartnerschaften", ">aktiv<")
                .contains("carla", "Carla Former", "Lesezugriff", ">deaktiviert<");
    }

    @Test
    void invalidInputIsShownAgainWithErrorsAndCreatesNothing() {
        MvcTestResult result = mvc.post()
                .uri("/office/accounts/new")
                .with(user(admin))
                .with(csrf())
                .formField("username", "no spaces allowed")
                .formField("displayName", "")
                .formField("email", "not-an-address")
                .formField("role", "VIEWER")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("people/account-form");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrors("username", "displayName", "email");
        assertThat(result)
                .bodyText()
                .contains("Bitte korrigieren Sie die folgenden Angaben")
                .contains("Der Benutzername darf nur Buchstaben ohne Umlaute")
                .contains("Bitte füllen Sie dieses Feld aus.");
        verify(accounts, never()).create(any(), any(), any(), any(), any());
    }

    @Test
    void validInputShowsTheOneTimePasswordOnceAndUncached() {
        when(accounts.create("bob.builder", "Bob Builder", "bob@example.org", Role.EDITOR, UNIT_ID))
                .thenReturn("Tq7mXv2PzR9kLw4N");

        MvcTestResult result = newAccount("bob.builder", "Bob Builder", "bob@example.org", "EDITOR", UNIT_ID);

        assertThat(result).hasStatusOk().hasViewName("people/one-time-password");
        assertThat(result).bodyText().contains("Tq7mXv2PzR9kLw4N", "Das Konto für Bob Builder wurde angelegt.");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(result).flash().isEmpty();
    }

    @Test
    void aTakenUserNameIsReportedAtTheFieldInTheReadersLanguage() {
        when(accounts.create(any(), any(), any(), any(), any()))
                .thenThrow(RuleViolation.at("username", "account.error.usernameTaken", "bob.builder"));

        MvcTestResult result = newAccount("bob.builder", "Bob Builder", null, "VIEWER", null);

        assertThat(result).hasStatusOk().hasViewName("people/account-form");
        assertThat(result)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("username", "account.error.usernameTaken");
        assertThat(result).bodyText().contains("Der Benutzername „bob.builder“ ist bereits vergeben.");
    }

    @Test
    void disablingOneselfIsRefusedWithAMessage() {
        doThrow(new RuleViolation("account.error.cannotDisableSelf"))
                .when(accounts)
                .disable(ADMIN_ID, ADMIN_ID);

        MvcTestResult result = mvc.post()
                .uri("/office/accounts/{id}/disable", ADMIN_ID)
                .with(user(admin))
                .with(csrf())
                .exchange();

        assertThat(result).hasRedirectedUrl("/office/accounts");
        assertThat(result).flash().containsEntry("failure", "account.error.cannotDisableSelf");
        // The acting account comes from the signed-in JumelageUser, not from the request.
        verify(accounts).disable(ADMIN_ID, ADMIN_ID);
    }

    @Test
    void anEditSomeoneElseSavedFirstShowsTheirValuesBesideTheTypedOnesAndCarriesTheSavedVersion() {
        Account theirs = account(2L, "bob.builder", "Robert Builder", Role.VIEWER, null, true);
        when(theirs.getVersion()).thenReturn(5L);
        when(accounts.get(2L)).thenReturn(theirs);
        doThrow(new org.jumelage.shared.EditConflict("account", 4L, 5L))
                .when(accounts)
                .update(2L, 4L, "Bob B.", null, Role.EDITOR, UNIT_ID);
        when(organisation.units()).thenReturn(List.of(twinningUnit()));

        MvcTestResult result = mvc.post()
                .uri("/office/accounts/{id}/edit", 2L)
                .with(user(admin))
                .with(csrf())
                .formField("displayName", "Bob B.")
                .formField("role", "EDITOR")
                .formField("unitId", String.valueOf(UNIT_ID))
                .formField("version", "4")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("people/account-form");
        var errors = (org.springframework.validation.BindingResult) result.getMvcResult()
                .getModelAndView()
                .getModel()
                .get(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "form");
        assertThat(errors.getGlobalError()).isNotNull();
        assertThat(errors.getGlobalError().getCode()).isEqualTo("account.error.conflict");
        assertThat(result)
                .bodyText()
                .contains("Jemand anderes hat dieses Konto gespeichert")
                .contains("Robert Builder")
                .contains("value=\"Bob B.\"")
                .contains("name=\"version\" value=\"5\"");
    }

    @Test
    void anEditWithAMistakeKeepsTheLoadedVersionAndChangesNothing() {
        Account loaded = account(2L, "bob.builder", "Bob Builder", Role.VIEWER, null, true);
        when(loaded.getVersion()).thenReturn(5L);
        when(accounts.get(2L)).thenReturn(loaded);

        MvcTestResult result = mvc.post()
                .uri("/office/accounts/{id}/edit", 2L)
                .with(user(admin))
                .with(csrf())
                .formField("displayName", "")
                .formField("role", "VIEWER")
                .formField("version", "4")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("people/account-form");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrors("displayName");
        assertThat(result).bodyText().contains("name=\"version\" value=\"4\"");
        verify(accounts, never())
                .update(
                        org.mockito.ArgumentMatchers.anyLong(),
                        org.mockito.ArgumentMatchers.anyLong(),
                        any(),
                        any(),
                        any(),
                        any());
    }

    private MvcTestResult newAccount(String username, String displayName, String email, String role, Long unitId) {
        var request = mvc.post()
                .uri("/office/accounts/new")
                .with(user(admin))
                .with(csrf())
                .formField("username", username)
                .formField("displayName", displayName)
                .formField("role", role);
        if (email != null) {
            request.formField("email", email);
        }
        if (unitId != null) {
            request.formField("unitId", unitId.toString());
        }
        return request.exchange();
    }

    private static UnitRef twinningUnit() {
        return new UnitRef(UNIT_ID, 1L, UnitKind.UNIT, "SKZL-PS", "Referat Städtepartnerschaften", "Twinning unit");
    }

    // Account's constructor belongs to the domain package; a stub shows the controller only what it reads.
    private static Account account(long id, String username, String displayName, Role role, Long unitId, boolean on) {
        Account account = mock(Account.class);
        when(account.getId()).thenReturn(id);
        when(account.getUsername()).thenReturn(username);
        when(account.getDisplayName()).thenReturn(displayName);
        when(account.getRole()).thenReturn(role);
        when(account.getUnitId()).thenReturn(unitId);
        when(account.isEnabled()).thenReturn(on);
        return account;
    }
}
