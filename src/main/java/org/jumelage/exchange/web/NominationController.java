package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jumelage.exchange.domain.NominationService;
import org.jumelage.exchange.domain.PlacementService;
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

/** Nominations of partner cities' staff: the list the person may see, and the host's decision or the withdrawal. */
@Controller
@RequestMapping("/office/exchange/nominations")
class NominationController {

    private static final String DECIDED = "nomination.error.decided";

    private final NominationService nominations;
    private final PlacementService placements;
    private final Names names;

    NominationController(NominationService nominations, PlacementService placements, Names names) {
        this.nominations = nominations;
        this.placements = placements;
        this.names = names;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        var visible = nominations.visible();
        model.addAttribute("nominations", visible);
        // Only the placements the nominations name, in one query.
        model.addAttribute(
                "placements",
                placements.byIds(visible.stream().map(n -> n.getPlacementId()).collect(Collectors.toSet())));
        names.addTo(model, locale);
        return "exchange/nominations";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id) {
        return "redirect:/office/exchange/placements/" + nominations.view(id).getPlacementId() + "#nomination-" + id;
    }

    /** The host accepts the guest with a mentor; the stay is planned. */
    @PostMapping("/{id}/accept")
    String accept(
            @PathVariable long id,
            @Valid @ModelAttribute("acceptanceForm") NominationAcceptanceForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        return decide(
                id,
                errors,
                redirect,
                "nomination.accepted",
                () -> nominations.accept(id, form.version(), form.mentorId()));
    }

    /** The host declines the guest with a reason, which the coordinator reads. */
    @PostMapping("/{id}/decline")
    String decline(
            @PathVariable long id,
            @Valid @ModelAttribute("declineForm") NominationDeclineForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        return decide(
                id,
                errors,
                redirect,
                "nomination.declined",
                () -> nominations.decline(id, form.version(), form.reason()));
    }

    /** The nominating coordinator takes the nomination back while it is undecided. */
    @PostMapping("/{id}/withdraw")
    String withdraw(
            @PathVariable long id,
            @Valid @ModelAttribute("withdrawalForm") NominationWithdrawalForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        return decide(id, errors, redirect, "nomination.withdrawn", () -> nominations.withdraw(id, form.version()));
    }

    /**
     * A nomination the person may not see answers 404 before anything else; otherwise the form's first error, a
     * second decision or a broken rule is the offer page's one message.
     */
    private String decide(
            long id, BindingResult errors, RedirectAttributes redirect, String success, Runnable decision) {
        long placementId = nominations.view(id).getPlacementId();
        if (!Submission.flash(errors, redirect, success, DECIDED, decision)) {
            // Which of the page's nominations the typed form belongs to.
            redirect.addFlashAttribute("refusedNomination", id);
        }
        return "redirect:/office/exchange/placements/" + placementId;
    }
}
