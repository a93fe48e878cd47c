package org.jumelage.partners.web;

import jakarta.validation.Valid;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.shared.PartialDate;
import org.jumelage.shared.Submission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A relationship's status: a new status with the date it holds from and the reason, kept in its history. */
@Controller
@RequestMapping("/office/partnerships/{id}/status")
class RelationshipStatusController {

    private final RegistryService registry;
    private final RelationshipPartPage page;

    RelationshipStatusController(RegistryService registry, RelationshipPartPage page) {
        this.registry = registry;
        this.page = page;
    }

    @GetMapping
    String form(@PathVariable long id, Model model) {
        Relationship relationship = page.editable(id);
        return show(model, relationship, StatusForm.empty(relationship.getVersion()));
    }

    @PostMapping
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("form") StatusForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Relationship relationship = page.editable(id);
        PartialDate validFrom = PartialDates.read(form.year(), form.month(), form.day(), "year", errors);
        boolean saved = Submission.save(
                errors,
                RelationshipPartPage.CONFLICT,
                () -> registry.changeStatus(
                        id, form.version(), form.status(), validFrom, form.reason(), form.source()));
        if (!saved) {
            return show(model, relationship, form);
        }
        return RelationshipPartPage.saved(redirect, id, "status.changed");
    }

    private String show(Model model, Relationship relationship, StatusForm form) {
        model.addAttribute("statuses", RelationshipStatus.values());
        return page.show(model, relationship, "status", form);
    }
}
