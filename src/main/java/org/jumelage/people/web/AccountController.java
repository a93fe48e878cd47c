package org.jumelage.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.UnitRef;
import org.jumelage.people.domain.Account;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.Submission;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account administration for the international office: list, create, edit, disable, enable, reset password. */
@Controller
@RequestMapping("/office/accounts")
class AccountController {

    private static final String LIST = "people/accounts";
    private static final String FORM = "people/account-form";
    private static final String ONE_TIME_PASSWORD = "people/one-time-password";
    private static final String TO_LIST = "redirect:/office/accounts";

    private final AccountService accounts;
    private final Organisation organisation;

    AccountController(AccountService accounts, Organisation organisation) {
        this.accounts = accounts;
        this.organisation = organisation;
    }

    /** One line of the account table; the unit name is already in the reader's language. */
    record AccountRow(Account account, String unitName, int failedSignIns) {}

    @GetMapping
    String list(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        Map<Long, String> unitNames = unitNames(locale);
        org.springframework.data.domain.Page<Account> found = accounts.search(q, page);
        List<Account> shown = found.getContent();
        Map<Long, Integer> failures = accounts.recentFailedSignIns(shown);
        model.addAttribute("page", found);
        model.addAttribute("q", q);
        List<AccountRow> rows = shown.stream()
                .map(account -> new AccountRow(
                        account, unitNames.get(account.getUnitId()), failures.getOrDefault(account.getId(), 0)))
                .toList();
        model.addAttribute("rows", rows);
        return LIST;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", NewAccountForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") NewAccountForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        AtomicReference<String> oneTimePassword = new AtomicReference<>();
        if (!Submission.save(
                errors,
                "form.error.savedMeanwhile",
                () -> oneTimePassword.set(accounts.create(
                        form.username(), form.displayName(), form.email(), form.role(), form.unitId())))) {
            return form(model, null);
        }
        return oneTimePassword(model, response, form.username(), form.displayName(), oneTimePassword.get(), false);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Account account = accounts.get(id);
        model.addAttribute("form", AccountForm.of(account));
        return form(model, account);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (Submission.saveEdit(
                errors,
                model,
                form.version(),
                (refused, cause) -> {
                    Account saved = accounts.get(id);
                    refused.reject("account.error.conflict");
                    model.addAttribute("saved", AccountForm.of(saved));
                    model.addAttribute("savedUnitName", unitNames(locale).get(saved.getUnitId()));
                    // The person's input stays in the form with the new version: saving again overwrites knowingly.
                    model.addAttribute("formVersion", saved.getVersion());
                },
                () -> accounts.update(
                        id, form.version(), form.displayName(), form.email(), form.role(), form.unitId()))) {
            redirect.addFlashAttribute("success", "account.saved");
            return TO_LIST;
        }
        return form(model, accounts.get(id));
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        Submission.flash(
                redirect, "account.disabled", "account.error.conflict", () -> accounts.disable(id, actingAccountId()));
        return TO_LIST;
    }

    /** Also lets every client try the account's password again after failed sign-ins. */
    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        Submission.flash(redirect, "account.enabled", "account.error.conflict", () -> accounts.enable(id));
        return TO_LIST;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(
            @PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Account account = accounts.get(id);
        String oneTimePassword;
        try {
            oneTimePassword = accounts.resetPassword(id);
        } catch (org.jumelage.shared.RuleViolation refused) {
            // An erased account has no password to reset.
            Submission.failure(redirect, refused.messageKey(), refused.arguments());
            return TO_LIST;
        }
        return oneTimePassword(model, response, account.getUsername(), account.getDisplayName(), oneTimePassword, true);
    }

    /**
     * The one-time password exists in this response only: no redirect URL, no flash attribute, no cache, so neither
     * the history nor a later visit reveals it. Reloading re-posts, which the browser asks about first.
     */
    private static String oneTimePassword(
            Model model,
            HttpServletResponse response,
            String username,
            String displayName,
            String oneTimePassword,
            boolean reset) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("username", username);
        model.addAttribute("displayName", displayName);
        model.addAttribute("oneTimePassword", oneTimePassword);
        model.addAttribute("reset", reset);
        return ONE_TIME_PASSWORD;
    }

    private String form(Model model, Account account) {
        model.addAttribute("account", account);
        if (account != null && !model.containsAttribute("formVersion")) {
            model.addAttribute("formVersion", account.getVersion());
        }
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", organisation.units());
        return FORM;
    }

    private Map<Long, String> unitNames(Locale locale) {
        // A plain map: it answers null for accounts without a unit instead of throwing.
        Map<Long, String> names = new HashMap<>();
        for (UnitRef unit : organisation.units()) {
            names.put(unit.id(), unit.name(locale));
        }
        return names;
    }

    private static long actingAccountId() {
        return JumelageUser.current()
                .map(JumelageUser::accountId)
                .orElseThrow(() -> new AccessDeniedException("no signed-in account"));
    }
}
