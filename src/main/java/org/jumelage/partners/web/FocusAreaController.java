package org.jumelage.partners.web;

import jakarta.validation.Valid;
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

/** A relationship's focus areas: what the partners work on together, from and until which year. */
@Controller
@RequestMapping("/office/partnerships/{id}/focus")
class FocusAreaController {

    private final RegistryService registry;
    private final RelationshipPartPage page;

    FocusAreaController(RegistryService registry, RelationshipPartPage page) {
        this.registry = registry;
        this.page = page;
    }

    @GetMapping("/new")
    String form(@PathVariable long id, Model model) {
        Relationship relationship = page.editable(id);
        return show(model, relationship, FocusForm.empty(relationship.getVersion()));
    }

    @PostMapping("/new")
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("form") FocusForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Relationship relationship = page.editable(id);
        boolean saved = Submission.save(
                errors,
                RelationshipPartPage.CONFLICT,
                () -> registry.addFocus(
                        id,
                        form.version(),
                        form.code(),
                        form.detailDe(),
                        form.detailEn(),
                        form.sinceYear(),
                        form.untilYear()));
        if (!saved) {
            return show(model, relationship, form);
        }
        return RelationshipPartPage.saved(redirect, id, "focus.added");
    }

    @PostMapping("/{focusId}/delete")
    String remove(
            @PathVariable long id,
            @PathVariable long focusId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return RelationshipPartPage.button(
                redirect, id, "focus.removed", () -> registry.removeFocus(id, version, focusId));
    }

    private String show(Model model, Relationship relationship, FocusForm form) {
        model.addAttribute("focusAreas", registry.focusAreas());
        return page.show(model, relationship, "focus", form);
    }
}
