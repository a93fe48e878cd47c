package org.jumelage.exchange.web;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.exchange.domain.NominationService;
import org.jumelage.exchange.domain.Placement;
import org.jumelage.exchange.domain.PlacementService;
import org.jumelage.shared.RuleViolation;
import org.jumelage.shared.Submission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Nominations of partner cities' staff: the list the person may see, and the host's decision or the withdrawal. */
@Controller
@RequestMapping("/office/exchange/nominations")
class NominationController {

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
        model.addAttribute("nominations", nominations.visible());
        model.addAttribute(
                "placements",
                placements.visible(null).stream().collect(Collectors.toMap(Placement::getId, Function.identity())));
        names.addTo(model, locale);
        return "exchange/nominations";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id) {
        return "redirect:/office/exchange/placements/" + nominations.view(id).getPlacementId() + "#nomination-" + id;
    }

    @PostMapping("/{id}/accept")
    String accept(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) Long mentorId,
            RedirectAttributes redirect) {
        return act(id, redirect, "nomination.accepted", () -> {
            if (mentorId == null) {
                throw new RuleViolation("nomination.error.mentor");
            }
            nominations.accept(id, version, mentorId);
        });
    }

    @PostMapping("/{id}/decline")
    String decline(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "nomination.declined",
                () -> nominations.decline(
                        id, version, reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000)));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "nomination.withdrawn", () -> nominations.withdraw(id, version));
    }

    private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
        long placementId = nominations.view(id).getPlacementId();
        Submission.flash(redirect, success, "nomination.error.decided", action);
        return "redirect:/office/exchange/placements/" + placementId;
    }
}
