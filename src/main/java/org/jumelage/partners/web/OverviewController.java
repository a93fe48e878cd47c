package org.jumelage.partners.web;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.domain.Anniversaries;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
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
    String overview(Model model, Locale locale) {
        Map<RelationshipType, Map<RelationshipStatus, Integer>> counts = new TreeMap<>();
        for (Relationship relationship : registry.searchAll(PartnershipQuery.all(), locale)) {
            counts.computeIfAbsent(relationship.getType(), type -> new TreeMap<>())
                    .merge(relationship.getStatus(), 1, Integer::sum);
        }
        model.addAttribute("counts", counts);
        model.addAttribute("statuses", RelationshipStatus.values());
        model.addAttribute("anniversaries", anniversaries.upcoming());
        return "partners/overview";
    }
}
