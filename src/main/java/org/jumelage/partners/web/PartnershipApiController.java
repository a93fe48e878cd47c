package org.jumelage.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.PartnershipSummary;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
            description = "Answers come in pages (page from 0, size up to 200, 100 unless asked): the header"
                    + " X-Total-Count says how many match, the Link header points to the previous and next page."
                    + " Each partnership names who holds it on the city's side (holderNameDe, holderNameEn): one of"
                    + " its administrations, or null for the city as a whole. holder=city lists those the city holds"
                    + " as a whole, holder=<unit id> those one administration holds.")
    ResponseEntity<List<PartnershipSummary>> list(@ModelAttribute PartnershipQuery query, HttpServletRequest request) {
        PartnershipQuery paged = query.size() == null ? query.withSize(API_PAGE) : query;
        Page<PartnershipSummary> page = directory.published(paged);
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.ok().header("X-Total-Count", String.valueOf(page.getTotalElements()));
        List<String> links = new java.util.ArrayList<>();
        if (page.hasPrevious()) {
            links.add(link(request, page.getNumber() - 1, "prev"));
        }
        if (page.hasNext()) {
            links.add(link(request, page.getNumber() + 1, "next"));
        }
        if (!links.isEmpty()) {
            answer.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return answer.body(page.getContent());
    }

    /** Answers are pages of this many partnerships unless {@code size} asks otherwise (at most 200). */
    static final int API_PAGE = 100;

    /** A link to another page of the same answer (RFC 8288), with the request's other parameters unchanged. */
    private static String link(HttpServletRequest request, int page, String relation) {
        String url = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
        return "<" + url + ">; rel=\"" + relation + "\"";
    }
}
