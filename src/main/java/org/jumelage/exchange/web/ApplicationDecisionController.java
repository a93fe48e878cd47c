package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import org.jumelage.exchange.domain.ApplicationService;
import org.jumelage.shared.Submission;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The decisions on an application, each a button on its page: the supervisor's, HR's and the office's steps, the
 * office's placing, and the applicant's withdrawal. Each names the version the person saw, so a second click or a
 * colleague's decision at the same moment ends in a message, not a second step.
 */
@Controller
@RequestMapping("/office/exchange/applications/{id}")
class ApplicationDecisionController {

    private static final String MOVED = "application.error.moved";

    private final ApplicationService applications;

    ApplicationDecisionController(ApplicationService applications) {
        this.applications = applications;
    }

    /** The supervisor's, HR's or the office's step: approve, or decline with a reason. */
    @PostMapping("/decision")
    String decide(
            @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        applications.view(id);
        Submission.flash(
                errors,
                redirect,
                form.approve() ? "application.approved" : "application.declined",
                MOVED,
                () -> applications.decide(id, form.version(), form.approve(), form.reason()));
        return backTo(id);
    }

    /** The office places a shortlisted applicant in one of their choices. */
    @PostMapping("/place")
    String place(
            @PathVariable long id,
            @Valid @ModelAttribute("placingForm") PlacingForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        applications.view(id);
        Submission.flash(
                errors,
                redirect,
                "application.placed",
                MOVED,
                () -> applications.place(id, form.version(), form.placementId(), form.startsOn(), form.endsOn()));
        return backTo(id);
    }

    @PostMapping("/withdraw")
    String withdraw(
            @PathVariable long id,
            @Valid @ModelAttribute("withdrawalForm") WithdrawalForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        applications.view(id);
        Submission.flash(
                errors,
                redirect,
                "application.withdrawn",
                MOVED,
                () -> applications.withdraw(id, form.version(), form.reason()));
        return backTo(id);
    }

    private static String backTo(long id) {
        return "redirect:/office/exchange/applications/" + id;
    }
}
