package org.jumelage.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.UnitRef;
import org.jumelage.people.domain.Account;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
        return form(model, null, null);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") NewAccountForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            return form(model, null, null);
        }
        try {
            String oneTimePassword =
                    accounts.create(form.username(), form.displayName(), form.email(), form.role(), form.unitId());
            return oneTimePassword(model, response, form.username(), form.displayName(), oneTimePassword, false);
        } catch (RuleViolation violation) {
            reject(errors, violation);
            return form(model, null, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Account account = accounts.get(id);
        model.addAttribute("form", AccountForm.of(account));
        return form(model, account, account.getVersion());
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Account account = accounts.get(id);
        if (errors.hasErrors()) {
            return form(model, account, form.version());
        }
        try {
            // Without a version nobody can tell which state the person saw: the service then reports a conflict.
            long seenVersion = form.version() == null ? -1L : form.version();
            accounts.update(id, seenVersion, form.displayName(), form.email(), form.role(), form.unitId());
            redirect.addFlashAttribute("success", "account.saved");
            return TO_LIST;
        } catch (EditConflict | ObjectOptimisticLockingFailureException conflict) {
            Account saved = accounts.get(id);
            errors.reject("account.error.conflict");
            model.addAttribute("saved", AccountForm.of(saved));
            model.addAttribute("savedUnitName", unitNames(locale).get(saved.getUnitId()));
            // The person's input stays in the form with the new version: saving again overwrites knowingly.
            return form(model, saved, saved.getVersion());
        } catch (RuleViolation violation) {
            reject(errors, violation);
            return form(model, account, form.version());
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        try {
            accounts.disable(id, actingAccountId());
            redirect.addFlashAttribute("success", "account.disabled");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("failure", violation.messageKey());
            redirect.addFlashAttribute("failureArguments", violation.arguments());
        }
        return TO_LIST;
    }

    /** Also lets every client try the account's password again after failed sign-ins. */
    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.enable(id);
        redirect.addFlashAttribute("success", "account.enabled");
        return TO_LIST;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, Model model, HttpServletResponse response) {
        Account account = accounts.get(id);
        String oneTimePassword = accounts.resetPassword(id);
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

    /** A domain refusal becomes the error of the field it concerns, so that the error summary links there. */
    private static void reject(BindingResult errors, RuleViolation violation) {
        String field = switch (violation.messageKey()) {
            case "account.error.usernameTaken" -> "username";
            case "account.error.editorNeedsUnit", "account.error.unknownUnit" -> "unitId";
            default -> null;
        };
        if (field == null) {
            errors.reject(violation.messageKey(), violation.arguments(), null);
        } else {
            errors.rejectValue(field, violation.messageKey(), violation.arguments(), null);
        }
    }

    private String form(Model model, Account account, Long formVersion) {
        model.addAttribute("account", account);
        model.addAttribute("formVersion", formVersion);
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
