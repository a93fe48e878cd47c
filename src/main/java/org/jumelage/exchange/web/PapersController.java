package org.jumelage.exchange.web;

import org.jumelage.documents.Downloads;
import org.jumelage.exchange.domain.StayPapers;
import org.jumelage.shared.RuleViolation;
import org.jumelage.shared.Submission;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A stay's documents as PDF attachments, in the language asked for (de, en, fr). A document that does not exist yet
 * (no agreement, stay not confirmed or completed) sends the person back to the stay with the reason.
 */
@Controller
@RequestMapping("/office/exchange/stays/{id}/papers")
class PapersController {

    private final StayPapers papers;

    PapersController(StayPapers papers) {
        this.papers = papers;
    }

    @org.springframework.web.bind.annotation.PostMapping("/certificate")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        Submission.flash(redirect, "papers.issued.done", "papers.error.issuedAlready", () -> papers.issue(id));
        return "redirect:/office/exchange/stays/" + id;
    }

    @GetMapping("/{kind}")
    Object download(
            @PathVariable long id,
            @PathVariable String kind,
            @RequestParam(defaultValue = "de") String language,
            RedirectAttributes redirect) {
        try {
            StayPapers.Paper paper = switch (kind) {
                case "agreement" -> papers.agreement(id, language);
                case "confirmation" -> papers.confirmation(id, language);
                case "certificate" -> papers.certificate(id, language);
                default -> throw new org.jumelage.shared.NotFound("document", id);
            };
            return Downloads.attachment(paper.content(), "application/pdf", paper.fileName());
        } catch (RuleViolation refused) {
            Submission.failure(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/office/exchange/stays/" + id;
        }
    }
}
