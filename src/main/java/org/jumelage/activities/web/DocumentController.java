package org.jumelage.activities.web;

import java.io.IOException;
import org.jumelage.activities.DocumentKind;
import org.jumelage.activities.domain.ActivityDocuments;
import org.jumelage.documents.Downloads;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
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

    DocumentController(ActivityDocuments documents) {
        this.documents = documents;
    }

    @PostMapping
    String upload(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) DocumentKind kind,
            @RequestParam(required = false) String title,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        if (ActivityPage.tooLong(200, title)) {
            redirect.addFlashAttribute("failure", "validation.tooLong");
            return "redirect:/office/activities/" + id + "#documents";
        }
        try {
            byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
            documents.upload(id, version, kind, title, file == null ? null : file.getOriginalFilename(), content);
            redirect.addFlashAttribute("success", "activity.document.uploaded");
        } catch (EditConflict
                | ObjectOptimisticLockingFailureException
                | org.springframework.dao.DataIntegrityViolationException conflict) {
            // The last one: someone uploaded the same document's next version at the same moment.
            redirect.addFlashAttribute("failure", "activity.error.changedMeanwhile");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("failure", violation.messageKey());
            redirect.addFlashAttribute("failureArguments", violation.arguments());
        }
        return "redirect:/office/activities/" + id + "#documents";
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return Downloads.attachment(documents.download(id, documentId).file());
    }
}
