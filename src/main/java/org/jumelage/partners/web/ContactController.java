package org.jumelage.partners.web;

import jakarta.validation.Valid;
import org.jumelage.partners.ContactSide;
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

/** A relationship's contact persons, here and in the partner city; some may be shown on the public site. */
@Controller
@RequestMapping("/office/partnerships/{id}/contacts")
class ContactController {

    private final RegistryService registry;
    private final RelationshipPartPage page;

    ContactController(RegistryService registry, RelationshipPartPage page) {
        this.registry = registry;
        this.page = page;
    }

    @GetMapping("/new")
    String form(@PathVariable long id, Model model) {
        Relationship relationship = page.editable(id);
        return show(model, relationship, ContactForm.empty(relationship.getVersion()));
    }

    @PostMapping("/new")
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ContactForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Relationship relationship = page.editable(id);
        boolean saved = Submission.save(
                errors, RelationshipPartPage.CONFLICT, () -> registry.addContact(id, form.version(), form.details()));
        if (!saved) {
            return show(model, relationship, form);
        }
        return RelationshipPartPage.saved(redirect, id, "contact.added");
    }

    @PostMapping("/{contactId}/delete")
    String remove(
            @PathVariable long id,
            @PathVariable long contactId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return RelationshipPartPage.button(
                redirect, id, "contact.removed", () -> registry.removeContact(id, version, contactId));
    }

    private String show(Model model, Relationship relationship, ContactForm form) {
        model.addAttribute("sides", ContactSide.values());
        return page.show(model, relationship, "contact", form);
    }
}
