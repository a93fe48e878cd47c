package org.jumelage.partners.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.Countries;
import org.jumelage.shared.FormErrors;
import org.jumelage.shared.PartialDate;
import org.jumelage.shared.Submission;
import org.springframework.dao.DataIntegrityViolationException;
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

/** Creating a relationship, and editing it with protection against overwriting someone else's changes. */
@Controller
@RequestMapping("/office/partnerships")
class PartnershipFormController {

    private static final String FORM = "partners/form";
    private static final String DUPLICATE = "relationship.error.duplicate";

    private final RegistryService registry;

    PartnershipFormController(RegistryService registry) {
        this.registry = registry;
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        requireCreate();
        return form(model, PartnershipForm.empty(), null, locale);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") PartnershipForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        // The right before the form: someone who may not create learns that, not what the form lacks.
        requireCreate();
        // A value that could not be converted (a number that is none) leaves the form's binding without a target.
        errors = FormErrors.usable(errors, form, model);
        PartialDate since = form.checkNew(errors);
        AtomicReference<Relationship> created = new AtomicReference<>();
        // A relationship of the same city, type and holder saved a moment earlier is refused by the database's unique
        // key: the same message as the service's own check.
        boolean saved = Submission.save(errors, DUPLICATE, () -> created.set(form.createIn(registry, since)));
        if (!saved) {
            return form(model, form, null, locale);
        }
        redirect.addFlashAttribute("success", "partnership.created");
        return "redirect:/office/partnerships/" + created.get().getId();
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        Relationship relationship = editable(id);
        return form(model, PartnershipForm.of(relationship), relationship, locale);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PartnershipForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        editable(id);
        errors = FormErrors.usable(errors, form, model);
        form.checkCity(errors);
        if (form.cityVersion() != null) {
            model.addAttribute("formCityVersion", form.cityVersion());
        }
        if (Submission.saveEdit(
                errors,
                model,
                form.version(),
                (refused, cause) -> showTheirs(id, refused, cause, model),
                () -> form.editIn(registry, id))) {
            redirect.addFlashAttribute("success", "partnership.saved");
            return "redirect:/office/partnerships/" + id;
        }
        return form(model, form, registry.get(id), locale);
    }

    private void requireCreate() {
        if (!registry.mayCreate()) {
            throw new AccessDeniedException("may not create");
        }
    }

    private Relationship editable(long id) {
        Relationship relationship = registry.get(id);
        if (!registry.mayEdit(relationship)) {
            throw new AccessDeniedException("may not edit");
        }
        return relationship;
    }

    /**
     * Someone else saved the relationship or its city first: their values beside the person's input, and the form
     * now carries the saved versions, so that saving again knowingly replaces the other person's values. A unique key
     * taken meanwhile is another relationship of the same city, type and holder.
     */
    private void showTheirs(long id, BindingResult errors, RuntimeException cause, Model model) {
        if (cause instanceof DataIntegrityViolationException) {
            errors.reject(DUPLICATE);
            return;
        }
        Relationship theirs = registry.get(id);
        model.addAttribute("conflict", PartnershipForm.of(theirs));
        model.addAttribute("conflictBy", theirs.getUpdatedBy());
        model.addAttribute("conflictAt", theirs.getUpdatedAt());
        errors.reject("partnership.error.conflict");
        model.addAttribute("formVersion", theirs.getVersion());
        model.addAttribute("formCityVersion", theirs.getCity().getVersion());
    }

    private String form(Model model, PartnershipForm form, Relationship relationship, Locale locale) {
        // Only when absent: replacing the bound form would drop its binding result, and with it the errors.
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        if (!model.containsAttribute("formVersion")) {
            model.addAttribute("formVersion", form.version());
            model.addAttribute("formCityVersion", form.cityVersion());
        }
        model.addAttribute("relationship", relationship);
        model.addAttribute("cities", registry.cities());
        model.addAttribute("types", RelationshipType.values());
        List<UnitRef> holders = registry.possibleHolders();
        model.addAttribute("holders", holders);
        model.addAttribute("holderById", holders.stream().collect(Collectors.toMap(UnitRef::id, unit -> unit)));
        model.addAttribute("statuses", RelationshipStatus.values());
        model.addAttribute("countries", Countries.sortedCodes(locale));
        return FORM;
    }
}
