package org.jumelage.activities.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.ActivityDocuments;
import org.jumelage.documents.Downloads;
import org.jumelage.shared.Submission;
import org.springframework.http.ResponseEntity;
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

/** Uploading a document (or its next version) to an activity, and downloading any version. */
@Controller
@RequestMapping("/office/activities/{id}/documents")
class DocumentController {

    private final ActivityDocuments documents;
    private final ActivityPage page;

    DocumentController(ActivityDocuments documents, ActivityPage page) {
        this.documents = documents;
        this.page = page;
    }

    /**
     * Stores the file under the form's kind and title; a refusal (no file, a type or size the store does not take,
     * someone else's change) shows the form again with the kind and title typed (the file must be chosen again: no
     * browser lets a page fill in a file field).
     */
    @PostMapping
    String upload(
            @PathVariable long id,
            @Valid @ModelAttribute("documentForm") DocumentForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        Activity activity = page.editable(id);
        byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
        String fileName = file == null ? null : file.getOriginalFilename();
        boolean saved = Submission.save(
                errors,
                ActivityPage.CONFLICT,
                () -> documents.upload(id, form.version(), form.kind(), form.title(), fileName, content));
        if (!saved) {
            return page.show(model, activity, locale, "documents");
        }
        return ActivityPage.saved(redirect, id, "documents", "activity.document.uploaded");
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return Downloads.attachment(documents.download(id, documentId).file());
    }
}
