package org.jumelage.partners.web;

import jakarta.validation.Valid;
import org.jumelage.partners.ResponsibilityRole;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
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

/** The units of the administration responsible for a relationship, each with its role. */
@Controller
@RequestMapping("/office/partnerships/{id}/units")
class ResponsibilityController {

    private final RegistryService registry;
    private final RelationshipPartPage page;

    ResponsibilityController(RegistryService registry, RelationshipPartPage page) {
        this.registry = registry;
        this.page = page;
    }

    @GetMapping("/new")
    String form(@PathVariable long id, Model model) {
        Relationship relationship = page.editable(id);
        return show(model, relationship, ResponsibilityForm.empty(relationship.getVersion()));
    }

    @PostMapping("/new")
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ResponsibilityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Relationship relationship = page.editable(id);
        boolean saved = Submission.save(
                errors,
                RelationshipPartPage.CONFLICT,
                () -> registry.addResponsibility(
                        id, form.version(), form.unitId(), form.role(), form.noteDe(), form.noteEn()));
        if (!saved) {
            return show(model, relationship, form);
        }
        return RelationshipPartPage.saved(redirect, id, "responsibility.added");
    }

    @PostMapping("/{responsibilityId}/delete")
    String remove(
            @PathVariable long id,
            @PathVariable long responsibilityId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return RelationshipPartPage.button(
                redirect,
                id,
                "responsibility.removed",
                () -> registry.removeResponsibility(id, version, responsibilityId));
    }

    private String show(Model model, Relationship relationship, ResponsibilityForm form) {
        model.addAttribute("units", registry.possibleResponsibleUnits());
        model.addAttribute("roles", ResponsibilityRole.values());
        return page.show(model, relationship, "responsibility", form);
    }
}
