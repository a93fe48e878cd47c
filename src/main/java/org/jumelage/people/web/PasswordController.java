package org.jumelage.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.beans.PropertyEditorSupport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.SignInGuard;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.RuleViolation;
import org.jumelage.shared.SignInTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in person changes their own password here, and must do so after signing in with a one-time one. */
@Controller
@RequestMapping("/office/password")
class PasswordController {

    private static final String PAGE = "people/password";

    /** BCrypt reads at most 72 bytes and Spring Security refuses longer input instead of silently cutting it. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final AccountService accounts;
    private final Clock clock;
    private final SignInGuard signIns;
    private final SecurityContextRepository contextRepository;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    PasswordController(
            AccountService accounts,
            ObjectProvider<SecurityContextRepository> contextRepository,
            Clock clock,
            SignInGuard signIns) {
        this.accounts = accounts;
        this.clock = clock;
        this.signIns = signIns;
        // Spring Security keeps its repository out of the context unless someone declares one; the session is
        // where the default configuration loads the context from on the next request.
        this.contextRepository = contextRepository.getIfUnique(HttpSessionSecurityContextRepository::new);
    }

    /**
     * Passwords are taken exactly as typed: the login form does not trim, so the blanks that the application-wide
     * binder drops elsewhere would make a password that can never be entered again.
     */
    @InitBinder("form")
    void keepPasswordsAsTyped(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isEmpty() ? null : text);
            }
        });
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        return page(model, currentUser());
    }

    @PostMapping
    String change(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        JumelageUser user = currentUser();
        if (form.newPassword() != null
                && form.repeatPassword() != null
                && !form.newPassword().equals(form.repeatPassword())) {
            errors.rejectValue("repeatPassword", "password.error.mismatch");
        }
        if (tooLong(form.newPassword())) {
            errors.rejectValue("newPassword", "password.error.tooLong");
        }
        if (tooLong(form.currentPassword())) {
            // Cannot be the stored password, which had to fit; saying so is the same as saying it is wrong.
            errors.rejectValue("currentPassword", "password.error.currentWrong");
        }
        if (errors.hasErrors()) {
            return page(model, user);
        }
        // Counted like an attempt at the login form, outside the change's transaction so that it is kept.
        if (!signIns.attempt(user.getUsername(), request.getRemoteAddr())) {
            errors.rejectValue("currentPassword", "password.error.throttled");
            return page(model, user);
        }
        try {
            accounts.changeOwnPassword(user.accountId(), form.currentPassword(), form.newPassword());
        } catch (RuleViolation violation) {
            boolean wrongPassword = "password.error.currentWrong".equals(violation.messageKey());
            if (!wrongPassword) {
                signIns.succeeded(user.getUsername(), request.getRemoteAddr());
            }
            errors.rejectValue(
                    wrongPassword ? "currentPassword" : "newPassword",
                    violation.messageKey(),
                    violation.arguments(),
                    null);
            return page(model, user);
        }
        signIns.succeeded(user.getUsername(), request.getRemoteAddr());
        rememberPasswordChanged(user, request, response);
        // This session carries on; every other session of the account ends at its next request.
        SignInTime.record(request.getSession(), clock.instant());
        redirect.addFlashAttribute("success", "password.changed");
        // Straight to where the person works (not through /office/start, which would lose the message).
        return "redirect:" + user.role().startPage();
    }

    /**
     * The session still holds the user with the must-change flag, which would send them back here on every request.
     * Since Spring Security 6 a changed context is not saved by itself, so it is saved explicitly.
     */
    private void rememberPasswordChanged(JumelageUser user, HttpServletRequest request, HttpServletResponse response) {
        JumelageUser changed = user.withPasswordChanged();
        SecurityContext context = contextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
        contextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }

    private static String page(Model model, JumelageUser user) {
        model.addAttribute("mustChange", user.mustChangePassword());
        return PAGE;
    }

    private static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }

    private static JumelageUser currentUser() {
        return JumelageUser.current().orElseThrow(() -> new AccessDeniedException("no signed-in account"));
    }
}
