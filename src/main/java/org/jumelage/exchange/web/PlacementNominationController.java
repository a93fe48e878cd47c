package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.jumelage.exchange.domain.NominationService;
import org.jumelage.exchange.domain.Placement;
import org.jumelage.exchange.domain.PlacementService;
import org.jumelage.shared.FormErrors;
import org.jumelage.shared.Submission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A partner coordinator nominates one of their administration's staff for a hosting offer, from the offer's page. */
@Controller
class PlacementNominationController {

    private final PlacementService placements;
    private final NominationService nominations;
    private final PlacementPage page;

    PlacementNominationController(PlacementService placements, NominationService nominations, PlacementPage page) {
        this.placements = placements;
        this.nominations = nominations;
        this.page = page;
    }

    @PostMapping("/office/exchange/placements/{id}/nominations")
    String nominate(
            @PathVariable long id,
            @Valid @ModelAttribute("nomination") NominationForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Placement placement = placements.view(id);
        if (!nominations.mayNominateFor(placement)) {
            throw new AccessDeniedException("may not nominate for placement " + id);
        }
        BindingResult usable = FormErrors.usable(errors, form, model);
        boolean saved = Submission.save(
                usable,
                "placement.error.conflict",
                () -> nominations.nominate(
                        id,
                        form.guestName(),
                        form.guestEmail(),
                        form.guestPosition(),
                        form.guestLanguages(),
                        form.motivation()));
        if (!saved) {
            return page.show(id, model, locale);
        }
        redirect.addFlashAttribute("success", "nomination.created");
        return "redirect:/office/exchange/nominations";
    }
}
