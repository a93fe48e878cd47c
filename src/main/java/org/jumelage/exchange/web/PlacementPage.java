package org.jumelage.exchange.web;

import java.util.Locale;
import org.jumelage.exchange.domain.CallService;
import org.jumelage.exchange.domain.NominationService;
import org.jumelage.exchange.domain.Placement;
import org.jumelage.exchange.domain.PlacementService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A hosting offer's page (its places, its nominations and what the person may do there), shown by its controller and
 * again by the nomination form when it is refused.
 */
@Component
class PlacementPage {

    private final PlacementService placements;
    private final NominationService nominations;
    private final CallService calls;
    private final Names names;

    PlacementPage(PlacementService placements, NominationService nominations, CallService calls, Names names) {
        this.placements = placements;
        this.nominations = nominations;
        this.calls = calls;
        this.names = names;
    }

    String show(long id, Model model, Locale locale) {
        Placement placement = placements.view(id);
        model.addAttribute("placement", placement);
        model.addAttribute("left", placements.placesLeft(placement));
        model.addAttribute("call", calls.get(placement.getCallId()));
        model.addAttribute("mayManage", placements.mayManage(placement));
        model.addAttribute("mayNominate", nominations.mayNominateFor(placement));
        boolean mayDecide = nominations.mayDecideFor(placement);
        model.addAttribute("mayDecide", mayDecide);
        model.addAttribute("nominations", nominations.forPlacement(placement));
        if (mayDecide) {
            model.addAttribute("mentors", nominations.mentors(placement));
        }
        if (!model.containsAttribute("nomination")) {
            model.addAttribute("nomination", NominationForm.empty());
        }
        names.addTo(model, locale);
        return "exchange/placement";
    }
}
