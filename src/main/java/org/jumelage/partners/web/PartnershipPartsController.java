package org.jumelage.partners.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jumelage.partners.ContactSide;
import org.jumelage.partners.InstrumentKind;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.ResponsibilityRole;
import org.jumelage.partners.domain.ContactDetails;
import org.jumelage.partners.domain.DocumentService;
import org.jumelage.partners.domain.InstrumentDetails;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.partners.web.PartForms.ContactForm;
import org.jumelage.partners.web.PartForms.FocusForm;
import org.jumelage.partners.web.PartForms.InstrumentForm;
import org.jumelage.partners.web.PartForms.ResponsibilityForm;
import org.jumelage.partners.web.PartForms.StatusForm;
import org.jumelage.people.Organisation;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.PartialDate;
import org.jumelage.shared.RuleViolation;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The parts of a relationship, each on its own small page: status, instruments, focus areas, units, contacts. */
@Controller
@RequestMapping("/office/partnerships/{id}")
class PartnershipPartsController {

    private final RegistryService registry;
    private final DocumentService documents;
    private final Organisation organisation;

    PartnershipPartsController(RegistryService registry, DocumentService documents, Organisation organisation) {
        this.registry = registry;
        this.documents = documents;
        this.organisation = organisation;
    }

    /** A change that the domain may refuse: a rule, someone else's edit, or no right. */
    @FunctionalInterface
    private interface Change {
        void apply();
    }

    @GetMapping("/status")
    String statusForm(@PathVariable long id, Model model) {
        Relationship relationship = editable(id);
        return page(
                model,
                relationship,
                "status",
                new StatusForm(null, null, null, null, null, null, relationship.getVersion()));
    }

    @PostMapping("/status")
    String changeStatus(
            @PathVariable long id,
            @Valid @ModelAttribute("form") StatusForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PartialDate validFrom = PartialDates.read(form.year(), form.month(), form.day(), "year", errors);
        return save(
                id,
                form,
                errors,
                model,
                redirect,
                "status",
                "status.changed",
                () -> registry.changeStatus(
                        id, form.version(), form.status(), validFrom, form.reason(), form.source()));
    }

    @GetMapping("/instruments/new")
    String instrumentForm(@PathVariable long id, Model model) {
        Relationship relationship = editable(id);
        return page(
                model,
                relationship,
                "instrument",
                new InstrumentForm(null, null, null, null, null, null, null, null, null, relationship.getVersion()));
    }

    @PostMapping("/instruments/new")
    String addInstrument(
            @PathVariable long id,
            @Valid @ModelAttribute("form") InstrumentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PartialDate signed = PartialDates.read(form.year(), form.month(), form.day(), "year", errors);
        byte[] content = checkedDocument(form.document(), errors);
        return save(
                id,
                form,
                errors,
                model,
                redirect,
                "instrument",
                "instrument.added",
                () -> documents.addInstrument(
                        id,
                        form.version(),
                        new InstrumentDetails(
                                form.kind(), signed, form.place(), form.signatories(), form.summary(), form.source()),
                        content == null ? null : form.document().getOriginalFilename(),
                        content));
    }

    @GetMapping("/instruments/{instrumentId}/edit")
    String editInstrumentForm(@PathVariable long id, @PathVariable long instrumentId, Model model) {
        Relationship relationship = editable(id);
        InstrumentDetails details = relationship.instrument(instrumentId).details();
        PartialDate signed = details.signed();
        model.addAttribute("instrumentId", instrumentId);
        return page(
                model,
                relationship,
                "instrument",
                new InstrumentForm(
                        details.kind(),
                        signed == null ? null : signed.year(),
                        signed == null ? null : signed.month(),
                        signed == null ? null : signed.day(),
                        details.place(),
                        details.signatories(),
                        details.summary(),
                        details.source(),
                        null,
                        relationship.getVersion()));
    }

    @PostMapping("/instruments/{instrumentId}/edit")
    String editInstrument(
            @PathVariable long id,
            @PathVariable long instrumentId,
            @Valid @ModelAttribute("form") InstrumentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("instrumentId", instrumentId);
        PartialDate signed = PartialDates.read(form.year(), form.month(), form.day(), "year", errors);
        byte[] content = checkedDocument(form.document(), errors);
        return save(
                id,
                form,
                errors,
                model,
                redirect,
                "instrument",
                "instrument.saved",
                () -> documents.updateInstrument(
                        id,
                        form.version(),
                        instrumentId,
                        new InstrumentDetails(
                                form.kind(), signed, form.place(), form.signatories(), form.summary(), form.source()),
                        content == null ? null : form.document().getOriginalFilename(),
                        content));
    }

    @PostMapping("/instruments/{instrumentId}/document")
    String attachDocument(
            @PathVariable long id,
            @PathVariable long instrumentId,
            @RequestParam long version,
            @RequestParam(name = "document", required = false) MultipartFile document,
            RedirectAttributes redirect) {
        byte[] content = bytes(document);
        return apply(
                id,
                redirect,
                "document.attached",
                () -> documents.attach(
                        id,
                        version,
                        instrumentId,
                        document == null ? null : document.getOriginalFilename(),
                        content == null ? new byte[0] : content));
    }

    @PostMapping("/instruments/{instrumentId}/delete")
    String removeInstrument(
            @PathVariable long id,
            @PathVariable long instrumentId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return apply(id, redirect, "instrument.removed", () -> documents.removeInstrument(id, version, instrumentId));
    }

    @GetMapping("/focus/new")
    String focusForm(@PathVariable long id, Model model) {
        Relationship relationship = editable(id);
        return page(
                model, relationship, "focus", new FocusForm(null, null, null, null, null, relationship.getVersion()));
    }

    @PostMapping("/focus/new")
    String addFocus(
            @PathVariable long id,
            @Valid @ModelAttribute("form") FocusForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(
                id,
                form,
                errors,
                model,
                redirect,
                "focus",
                "focus.added",
                () -> registry.addFocus(
                        id,
                        form.version(),
                        form.code(),
                        form.detailDe(),
                        form.detailEn(),
                        form.sinceYear(),
                        form.untilYear()));
    }

    @PostMapping("/focus/{focusId}/delete")
    String removeFocus(
            @PathVariable long id,
            @PathVariable long focusId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return apply(id, redirect, "focus.removed", () -> registry.removeFocus(id, version, focusId));
    }

    @GetMapping("/units/new")
    String responsibilityForm(@PathVariable long id, Model model) {
        Relationship relationship = editable(id);
        return page(
                model,
                relationship,
                "responsibility",
                new ResponsibilityForm(null, null, null, null, relationship.getVersion()));
    }

    @PostMapping("/units/new")
    String addResponsibility(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ResponsibilityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(
                id,
                form,
                errors,
                model,
                redirect,
                "responsibility",
                "responsibility.added",
                () -> registry.addResponsibility(
                        id, form.version(), form.unitId(), form.role(), form.noteDe(), form.noteEn()));
    }

    @PostMapping("/units/{responsibilityId}/delete")
    String removeResponsibility(
            @PathVariable long id,
            @PathVariable long responsibilityId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return apply(
                id,
                redirect,
                "responsibility.removed",
                () -> registry.removeResponsibility(id, version, responsibilityId));
    }

    @GetMapping("/contacts/new")
    String contactForm(@PathVariable long id, Model model) {
        Relationship relationship = editable(id);
        return page(
                model,
                relationship,
                "contact",
                new ContactForm(null, null, null, null, null, null, null, false, relationship.getVersion()));
    }

    @PostMapping("/contacts/new")
    String addContact(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ContactForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(
                id,
                form,
                errors,
                model,
                redirect,
                "contact",
                "contact.added",
                () -> registry.addContact(
                        id,
                        form.version(),
                        new ContactDetails(
                                form.side(),
                                form.name(),
                                form.functionTitle(),
                                form.organisation(),
                                form.email(),
                                form.phone(),
                                form.languages(),
                                form.publicVisible())));
    }

    @PostMapping("/contacts/{contactId}/delete")
    String removeContact(
            @PathVariable long id,
            @PathVariable long contactId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return apply(id, redirect, "contact.removed", () -> registry.removeContact(id, version, contactId));
    }

    private String save(
            long id,
            Object form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            String part,
            String successKey,
            Change change) {
        if (!errors.hasErrors()) {
            try {
                change.apply();
                redirect.addFlashAttribute("success", successKey);
                return "redirect:/office/partnerships/" + id;
            } catch (EditConflict | ObjectOptimisticLockingFailureException conflict) {
                errors.reject("partnership.error.conflictPart");
            } catch (RuleViolation violation) {
                errors.reject(violation.messageKey(), violation.arguments(), null);
            }
        }
        return page(model, editable(id), part, form);
    }

    private String apply(long id, RedirectAttributes redirect, String successKey, Change change) {
        try {
            change.apply();
            redirect.addFlashAttribute("success", successKey);
        } catch (EditConflict | ObjectOptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("failure", "partnership.error.conflictPart");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("failure", violation.messageKey());
            redirect.addFlashAttribute("failureArguments", violation.arguments());
        }
        return "redirect:/office/partnerships/" + id;
    }

    private Relationship editable(long id) {
        Relationship relationship = registry.get(id);
        if (!registry.mayEdit(relationship)) {
            throw new AccessDeniedException("may not edit relationship " + id);
        }
        return relationship;
    }

    private String page(Model model, Relationship relationship, String part, Object form) {
        model.addAttribute("relationship", relationship);
        model.addAttribute("city", relationship.getCity());
        if (!model.containsAttribute("form") || model.getAttribute("form") != form) {
            model.addAttribute("form", form);
        }
        model.addAttribute("part", part);
        model.addAttribute("statuses", RelationshipStatus.values());
        model.addAttribute("instrumentKinds", InstrumentKind.values());
        model.addAttribute("focusAreas", registry.focusAreas());
        model.addAttribute("units", organisation.units());
        model.addAttribute("roles", ResponsibilityRole.values());
        model.addAttribute("sides", ContactSide.values());
        model.addAttribute("maxDocumentMegabytes", documents.maxSize().toMegabytes());
        return "partners/part";
    }

    /** The uploaded file's content, or {@code null} if none; a file that is no acceptable PDF is a field error. */
    private byte[] checkedDocument(MultipartFile file, BindingResult errors) {
        byte[] content = bytes(file);
        if (content != null) {
            try {
                documents.check(content);
            } catch (RuleViolation violation) {
                errors.rejectValue("document", violation.messageKey(), violation.arguments(), null);
                return null;
            }
        }
        return content;
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
