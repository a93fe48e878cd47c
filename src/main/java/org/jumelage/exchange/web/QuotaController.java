package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.jumelage.exchange.domain.QuotaService;
import org.jumelage.shared.FormErrors;
import org.jumelage.shared.Submission;
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

/** The quotas agreed with partner administrations per year: a list with a form to add one, and a change per row. */
@Controller
@RequestMapping("/office/exchange/quotas")
class QuotaController {

    private final QuotaService quotas;
    private final Names names;
    private final java.time.Clock clock;

    QuotaController(QuotaService quotas, Names names, java.time.Clock clock) {
        this.quotas = quotas;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        model.addAttribute("quotas", quotas.page(page));
        model.addAttribute(
                "administrationChoices",
                quotas.administrations().stream()
                        .map(u -> new LanguageChoices.Choice(String.valueOf(u.id()), u.name(locale)))
                        .toList());
        if (!model.containsAttribute("quotaForm")) {
            model.addAttribute(
                    "quotaForm", new QuotaForm(null, java.time.Year.now(clock).getValue() + 1, null, null, null));
        }
        names.addTo(model, locale);
        return "exchange/quotas";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("quotaForm") QuotaForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        // A value that could not be converted leaves the form's binding without a target.
        errors = FormErrors.usable(errors, form, model);
        if (form.administrationId() == null) {
            errors.rejectValue("administrationId", "quota.error.administration");
        }
        if (form.year() == null) {
            errors.rejectValue("year", "quota.error.year");
        }
        if (Submission.save(
                errors,
                "quota.error.conflict",
                () -> quotas.create(form.administrationId(), form.year(), form.places(), form.note()))) {
            redirect.addFlashAttribute("success", "quota.saved");
            return "redirect:/office/exchange/quotas";
        }
        return list(page, model, locale);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("changeForm") QuotaForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Submission.flash(
                errors,
                redirect,
                "quota.saved",
                "quota.error.conflict",
                () -> quotas.change(id, form.version() == null ? -1 : form.version(), form.places(), form.note()));
        return "redirect:/office/exchange/quotas";
    }
}
