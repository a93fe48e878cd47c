package org.jumelage.partners.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jumelage.partners.InstrumentKind;
import org.jumelage.partners.domain.DocumentService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.shared.FormErrors;
import org.jumelage.shared.PartialDate;
import org.jumelage.shared.RuleViolation;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A relationship's instruments (agreements, declarations) with their signed documents. */
@Controller
@RequestMapping("/office/partnerships/{id}/instruments")
class InstrumentController {

    private final DocumentService documents;
    private final RelationshipPartPage page;
    private final java.time.Clock clock;

    InstrumentController(DocumentService documents, RelationshipPartPage page, java.time.Clock clock) {
        this.clock = clock;
        this.documents = documents;
        this.page = page;
    }

    @GetMapping("/new")
    String form(@PathVariable long id, Model model) {
        Relationship relationship = page.editable(id);
        return show(model, relationship, InstrumentForm.empty(relationship.getVersion()));
    }

    @PostMapping("/new")
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("form") InstrumentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Relationship relationship = page.editable(id);
        // A value that could not be converted (a month that is no number) leaves the form's binding without a target.
        errors = FormErrors.usable(errors, form, model);
        // Signed before it is recorded: a date in the future is a typing mistake.
        PartialDate signed = PartialDates.readRequired(
                form.year(), form.month(), form.day(), "year", errors, java.time.LocalDate.now(clock));
        byte[] content = checkedDocument(form.document(), errors);
        boolean saved = Submission.save(
                errors,
                RelationshipPartPage.CONFLICT,
                () -> documents.addInstrument(
                        id,
                        form.version(),
                        form.details(signed),
                        content == null ? null : form.document().getOriginalFilename(),
                        content));
        if (!saved) {
            return show(model, relationship, form);
        }
        return RelationshipPartPage.saved(redirect, id, "instrument.added");
    }

    @GetMapping("/{instrumentId}/edit")
    String editForm(@PathVariable long id, @PathVariable long instrumentId, Model model) {
        Relationship relationship = page.editable(id);
        model.addAttribute("instrumentId", instrumentId);
        return show(
                model,
                relationship,
                InstrumentForm.of(relationship.instrument(instrumentId).details(), relationship.getVersion()));
    }

    @PostMapping("/{instrumentId}/edit")
    String edit(
            @PathVariable long id,
            @PathVariable long instrumentId,
            @Valid @ModelAttribute("form") InstrumentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Relationship relationship = page.editable(id);
        model.addAttribute("instrumentId", instrumentId);
        errors = FormErrors.usable(errors, form, model);
        // Signed before it is recorded: a date in the future is a typing mistake.
        PartialDate signed = PartialDates.readRequired(
                form.year(), form.month(), form.day(), "year", errors, java.time.LocalDate.now(clock));
        byte[] content = checkedDocument(form.document(), errors);
        boolean saved = Submission.save(
                errors,
                RelationshipPartPage.CONFLICT,
                () -> documents.updateInstrument(
                        id,
                        form.version(),
                        instrumentId,
                        form.details(signed),
                        content == null ? null : form.document().getOriginalFilename(),
                        content));
        if (!saved) {
            return show(model, relationship, form);
        }
        return RelationshipPartPage.saved(redirect, id, "instrument.saved");
    }

    @PostMapping("/{instrumentId}/document")
    String attachDocument(
            @PathVariable long id,
            @PathVariable long instrumentId,
            @RequestParam long version,
            @RequestParam(name = "document", required = false) MultipartFile document,
            RedirectAttributes redirect) {
        // The right before the file: someone who may not change the relationship learns that, not what the file lacks.
        page.editable(id);
        byte[] content = bytes(document);
        return RelationshipPartPage.button(
                redirect,
                id,
                "document.attached",
                () -> documents.attach(
                        id,
                        version,
                        instrumentId,
                        document == null ? null : document.getOriginalFilename(),
                        content == null ? new byte[0] : content));
    }

    @PostMapping("/{instrumentId}/delete")
    String remove(
            @PathVariable long id,
            @PathVariable long instrumentId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return RelationshipPartPage.button(
                redirect, id, "instrument.removed", () -> documents.removeInstrument(id, version, instrumentId));
    }

    private String show(Model model, Relationship relationship, InstrumentForm form) {
        model.addAttribute("instrumentKinds", InstrumentKind.values());
        model.addAttribute("maxDocumentMegabytes", documents.maxSize().toMegabytes());
        return page.show(model, relationship, "instrument", form);
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
