package org.jumelage.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.jumelage.feedback.domain.FeedbackService;
import org.jumelage.publicweb.SiteLinks;
import org.jumelage.shared.Submission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public form to report a barrier, and the administrators' inbox of the messages. */
@Controller
class FeedbackController {

    private final FeedbackService feedback;
    private final SiteLinks links;

    FeedbackController(FeedbackService feedback, SiteLinks links) {
        this.feedback = feedback;
        this.links = links;
    }

    @GetMapping({"/de/barrierefreiheit/rueckmeldung", "/en/accessibility/feedback"})
    String form(HttpServletRequest request, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FeedbackForm.empty());
        }
        return page(request, model);
    }

    @PostMapping({"/de/barrierefreiheit/rueckmeldung", "/en/accessibility/feedback"})
    String submit(
            @Valid @ModelAttribute("form") FeedbackForm form,
            BindingResult errors,
            HttpServletRequest request,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        // A robot's message is dropped without a word, so that it learns nothing.
        boolean sent = Submission.save(errors, "form.error.savedMeanwhile", () -> {
            if (!form.fromRobot()) {
                feedback.submit(form.details(), locale, request.getRemoteAddr());
            }
        });
        if (!sent) {
            return page(request, model);
        }
        redirect.addFlashAttribute("sent", true);
        return "redirect:" + SiteLinks.feedbackPath(locale);
    }

    private String page(HttpServletRequest request, Model model) {
        links.describe(model, request, SiteLinks.feedbackAlternates());
        return "feedback/form";
    }

    @GetMapping("/office/feedback")
    String inbox(@RequestParam(defaultValue = "new") String show, Model model) {
        boolean onlyNew = !"all".equals(show);
        model.addAttribute("messages", feedback.list(onlyNew));
        model.addAttribute("onlyNew", onlyNew);
        model.addAttribute("retentionDays", feedback.retention().toDays());
        return "feedback/inbox";
    }

    @PostMapping("/office/feedback/{id}/done")
    String markDone(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Submission.flash(redirect, "feedback.done", "feedback.error.conflict", () -> feedback.markDone(id, version));
        return "redirect:/office/feedback";
    }
}
