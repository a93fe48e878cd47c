package org.jumelage.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.PartnershipSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public read API: published relationships with public fields only, the back office's filters as parameters. */
@RestController
@RequestMapping("/api/v1/partnerships")
@Tag(name = "Partnerships", description = "The city's published partnerships")
class PartnershipApiController {

    private final PartnerDirectory directory;

    PartnershipApiController(PartnerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(
            summary = "Published partnerships, filtered by type, status, country, focus area, unit, holder or text",
            description = "Each partnership names who holds it on the city's side (holderNameDe, holderNameEn): one of"
                    + " its administrations, or null for the city as a whole. holder=city lists those the city holds"
                    + " as a whole, holder=<unit id> those one administration holds.")
    List<PartnershipSummary> list(@ModelAttribute PartnershipQuery query) {
        return directory.published(query);
    }
}
