package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.jumelage.exchange.ProgrammeStatus;
import org.jumelage.exchange.domain.Programme;
import org.jumelage.exchange.domain.ProgrammeService;
import org.jumelage.people.Organisation;
import org.jumelage.shared.FormErrors;
import org.jumelage.shared.Submission;
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

/** The staff exchange's programmes: everyone in the office reads them, administrators record and edit them. */
@Controller
@RequestMapping("/office/exchange/programmes")
class ProgrammeController {

    private final ProgrammeService programmes;
    private final Organisation organisation;

    ProgrammeController(ProgrammeService programmes, Organisation organisation) {
        this.programmes = programmes;
        this.organisation = organisation;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        model.addAttribute("programmes", programmes.listed());
        model.addAttribute("mayEdit", programmes.mayEdit());
        names(model, locale);
        return "exchange/programmes";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        requireEditor();
        model.addAttribute("form", ProgrammeForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireEditor();
        errors = FormErrors.usable(errors, form, model);
        if (form != null
                && (form.code() == null || !form.code().toUpperCase(Locale.ROOT).matches("[A-Z0-9-]{2,40}"))) {
            errors.rejectValue("code", "programme.error.code");
        }
        check(form, errors);
        if (!Submission.save(
                errors,
                "form.error.savedMeanwhile",
                () -> programmes.create(form.code().toUpperCase(Locale.ROOT), form.details()))) {
            return form(model, null);
        }
        redirect.addFlashAttribute("success", "programme.created");
        return "redirect:/office/exchange/programmes";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        requireEditor();
        Programme programme = programmes.get(id);
        model.addAttribute("form", ProgrammeForm.of(programme));
        return form(model, programme);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireEditor();
        errors = FormErrors.usable(errors, form, model);
        check(form, errors);
        Long loaded = form == null ? null : form.version();
        if (Submission.saveEdit(
                errors,
                model,
                loaded,
                Submission.carrySavedVersion(
                        model,
                        "programme.error.conflict",
                        () -> programmes.get(id).getVersion()),
                () -> programmes.edit(id, loaded, form.details()))) {
            redirect.addFlashAttribute("success", "programme.saved");
            return "redirect:/office/exchange/programmes";
        }
        return form(model, programmes.get(id));
    }

    /** The period's rules as field errors, so that they show beside every other mistake at once. */
    private static void check(ProgrammeForm form, BindingResult errors) {
        if (form == null) {
            return;
        }
        if (form.startYear() != null && form.endYear() != null && form.endYear() < form.startYear()) {
            errors.rejectValue("endYear", "programme.error.period");
        }
        if (form.status() == ProgrammeStatus.ENDED && form.endYear() == null) {
            errors.rejectValue("endYear", "programme.error.endYear");
        }
    }

    private String form(Model model, Programme programme) {
        model.addAttribute("programme", programme);
        if (programme != null && !model.containsAttribute("formVersion")) {
            model.addAttribute("formVersion", programme.getVersion());
        }
        model.addAttribute("statuses", ProgrammeStatus.values());
        model.addAttribute(
                "administrations",
                organisation.units().stream()
                        .filter(u -> u.kind().isAdministration())
                        .toList());
        return "exchange/programme-form";
    }

    private void names(Model model, Locale locale) {
        model.addAttribute(
                "unitNames", org.jumelage.shared.Names.of(organisation.unitsById(), unit -> unit.name(locale)));
    }

    private void requireEditor() {
        if (!programmes.mayEdit()) {
            throw new AccessDeniedException("only administrators edit programmes");
        }
    }
}
