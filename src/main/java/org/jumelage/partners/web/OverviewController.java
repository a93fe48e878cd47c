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

    /** The back office's start; whoever works in the staff exchange only is taken to their own start page there. */
    @GetMapping("/office")
    String overview(Model model) {
        org.jumelage.people.Role role = org.jumelage.people.JumelageUser.current()
                .map(org.jumelage.people.JumelageUser::role)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
        if (!role.readsBackOffice()) {
            return "redirect:" + role.startPage();
        }
        model.addAttribute("counts", registry.countsByTypeAndStatus());
        model.addAttribute("statuses", RelationshipStatus.values());
        model.addAttribute("anniversaries", anniversaries.upcoming());
        return "partners/overview";
    }
}
