package org.jumelage.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.concurrent.atomic.AtomicReference;
import org.jumelage.people.TokenScope;
import org.jumelage.people.domain.AccessToken;
import org.jumelage.people.domain.AccessTokenService;
import org.jumelage.shared.Submission;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Access tokens of the office's machine clients (ADR 0029): made, listed and revoked by administrators. */
@Controller
@RequestMapping("/office/accounts/tokens")
class AccessTokenController {

    private static final String TO_LIST = "redirect:/office/accounts/tokens";

    private final AccessTokenService tokens;

    AccessTokenController(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        org.springframework.data.domain.Page<AccessToken> found = tokens.page(page);
        model.addAttribute("page", found);
        model.addAttribute("usernames", tokens.usernames(found.getContent()));
        model.addAttribute("today", tokens.today());
        return "people/tokens";
    }

    /** The session's forms to make a token that were shown and not sent yet (each sent form makes one token). */
    private static final String OPEN_FORMS = AccessTokenController.class.getName() + ".openForms";

    @GetMapping("/new")
    String newForm(Model model, jakarta.servlet.http.HttpSession session) {
        model.addAttribute("form", TokenForm.empty());
        model.addAttribute("formId", open(session));
        return form(model);
    }

    /** A new form's id, remembered in the session (the last 20). */
    @SuppressWarnings("unchecked")
    private static String open(jakarta.servlet.http.HttpSession session) {
        String id = java.util.UUID.randomUUID().toString();
        synchronized (session) {
            java.util.Deque<String> open = (java.util.Deque<String>) session.getAttribute(OPEN_FORMS);
            if (open == null) {
                open = new java.util.concurrent.ConcurrentLinkedDeque<>();
            }
            open.addLast(id);
            while (open.size() > 20) {
                open.removeFirst();
            }
            session.setAttribute(OPEN_FORMS, open);
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    private static boolean isOpen(jakarta.servlet.http.HttpSession session, String formId) {
        java.util.Deque<String> open = (java.util.Deque<String>) session.getAttribute(OPEN_FORMS);
        return formId != null && open != null && open.contains(formId);
    }

    @SuppressWarnings("unchecked")
    private static void close(jakarta.servlet.http.HttpSession session, String formId) {
        synchronized (session) {
            java.util.Deque<String> open = (java.util.Deque<String>) session.getAttribute(OPEN_FORMS);
            if (open != null) {
                open.remove(formId);
                session.setAttribute(OPEN_FORMS, open);
            }
        }
    }

    /**
     * The secret exists in this response only, as a one-time password does: no redirect, no flash attribute, no
     * cache (see AccountController#oneTimePassword).
     */
    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") TokenForm form,
            BindingResult errors,
            @RequestParam(required = false) String formId,
            Model model,
            HttpServletResponse response,
            jakarta.servlet.http.HttpSession session,
            RedirectAttributes redirect) {
        // The answer holds the secret, so reloading it would send the form again: a form makes one token only. The
        // session knows the forms it was given; the database refuses a second token of one form (two sends at the same
        // moment read the same session, ADR 0032).
        if (!isOpen(session, formId) || tokens.madeWithForm(formId)) {
            redirect.addFlashAttribute("failure", "token.error.sentAgain");
            return TO_LIST;
        }
        model.addAttribute("formId", formId);
        AtomicReference<AccessTokenService.Created> created = new AtomicReference<>();
        if (!Submission.save(
                errors,
                "form.error.savedMeanwhile",
                () -> created.set(tokens.create(
                        form.name(),
                        form.username(),
                        form.scope(),
                        form.expiresOn(),
                        form.requestsPerMinute(),
                        formId)))) {
            if (tokens.madeWithForm(formId)) {
                redirect.addFlashAttribute("failure", "token.error.sentAgain");
                return TO_LIST;
            }
            return form(model);
        }
        close(session, formId);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("token", created.get().token());
        model.addAttribute("secret", created.get().secret());
        model.addAttribute("username", form.username());
        return "people/token-created";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Submission.flash(redirect, "token.revoked", "token.error.conflict", () -> tokens.revoke(id, version));
        return TO_LIST;
    }

    private static String form(Model model) {
        model.addAttribute("scopes", TokenScope.values());
        return "people/token-form";
    }
}
