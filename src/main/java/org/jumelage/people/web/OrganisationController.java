package org.jumelage.people.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Locale;
import org.jumelage.people.UnitKind;
import org.jumelage.people.domain.OrganisationService;
import org.jumelage.shared.FormErrors;
import org.jumelage.shared.Submission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The international office keeps the organisation: administrations and the units below them. */
@Controller
@RequestMapping("/office/organisation")
class OrganisationController {

    record UnitForm(
            Long parentId,
            UnitKind kind,

            @NotBlank(message = "{validation.required}")
            @Size(max = 60, message = "{validation.tooLong}")
            @Pattern(regexp = "[A-Z0-9-]+", message = "{organisation.error.codeCharacters}")
            String code,

            @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}")
            String nameDe,

            @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}")
            String nameEn)
            implements java.io.Serializable {}

    private final OrganisationService organisation;

    OrganisationController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    String page(Model model) {
        return page(model, new UnitForm(null, UnitKind.SENATE_DEPARTMENT, null, null, null));
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        // A value that could not be converted leaves the form's binding without a target.
        errors = FormErrors.usable(errors, form, model);
        UnitKind kind = form.parentId() != null ? UnitKind.UNIT : form.kind();
        if (form.parentId() == null && (kind == null || !kind.isAdministration())) {
            errors.rejectValue("kind", "organisation.error.kind");
        }
        if (Submission.save(
                errors,
                "form.error.savedMeanwhile",
                () -> organisation.create(form.parentId(), kind, form.code(), form.nameDe(), form.nameEn()))) {
            redirect.addFlashAttribute("success", "organisation.created");
            return "redirect:/office/organisation";
        }
        return page(model, form);
    }

    private String page(Model model, UnitForm form) {
        if (model.getAttribute("form") != form) {
            model.addAttribute("form", form);
        }
        model.addAttribute("units", organisation.units());
        model.addAttribute(
                "administrationKinds",
                Arrays.stream(UnitKind.values())
                        .filter(UnitKind::isAdministration)
                        .toList());
        return "people/organisation";
    }
}
