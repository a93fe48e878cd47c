package org.jumelage.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.PartnershipSummary;
import org.jumelage.shared.ApiPages;
import org.springframework.data.domain.Page;
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

    @GetMapping(produces = {org.springframework.http.MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(
            summary = "Published partnerships, filtered by type, status, country, focus area, unit, holder or text",
            description = "Answers come in pages (page from 0, size up to 200, 100 unless asked): the header"
                    + " X-Total-Count says how many match, the Link header points to the first, previous, next and last page. An ETag answers If-None-Match with 304 while nothing changed."
                    + " Each partnership names who holds it on the city's side (holderNameDe, holderNameEn): one of"
                    + " its administrations, or null for the city as a whole. holder=city lists those the city holds"
                    + " as a whole, holder=<unit id> those one administration holds.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "200",
            description = "A page of partnerships",
            content = {
                @io.swagger.v3.oas.annotations.media.Content(
                        mediaType = "application/json",
                        array =
                                @io.swagger.v3.oas.annotations.media.ArraySchema(
                                        schema =
                                                @io.swagger.v3.oas.annotations.media.Schema(
                                                        implementation = PartnershipSummary.class))),
                @io.swagger.v3.oas.annotations.media.Content(
                        mediaType = "text/csv",
                        schema =
                                @io.swagger.v3.oas.annotations.media.Schema(
                                        type = "string",
                                        description = org.jumelage.shared.ApiPages.CSV_DESCRIPTION))
            })
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "400",
            description = "A parameter does not fit (named in the detail)",
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/problem+json",
                            schema =
                                    @io.swagger.v3.oas.annotations.media.Schema(
                                            implementation = org.springframework.http.ProblemDetail.class)))
    ResponseEntity<List<PartnershipSummary>> list(@ModelAttribute PartnershipQuery query, HttpServletRequest request) {
        PartnershipQuery paged = query.size() == null ? query.withSize(API_PAGE) : query;
        Page<PartnershipSummary> page = directory.published(paged);
        return ResponseEntity.ok().headers(ApiPages.headers(page, request)).body(page.getContent());
    }

    /** Answers are pages of this many partnerships unless {@code size} asks otherwise (at most 200). */
    static final int API_PAGE = 100;
}
