package org.jumelage.partners.web;

import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.domain.Anniversaries;
import org.jumelage.partners.domain.RegistryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's start page: the registry in numbers and the round anniversaries of the next twelve months. */
@Controller
class OverviewController {

    private final RegistryService registry;
    private final Anniversaries anniversaries;

    OverviewController(RegistryService registry, Anniversaries anniversaries) {
        this.registry = registry;
        this.anniversaries = anniversaries;
    }

    @GetMapping("/office")
    String overview(Model model) {
        model.addAttribute("counts", registry.countsByTypeAndStatus());
        model.addAttribute("statuses", RelationshipStatus.values());
        model.addAttribute("anniversaries", anniversaries.upcoming());
        return "partners/overview";
    }
}
