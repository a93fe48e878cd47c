package org.jumelage.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PublicCity;
import org.jumelage.partners.PublishedCity;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.shared.ApiPages;
import org.jumelage.shared.NotFound;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public read API of partner cities: every city with a published relationship, by its stable English address
 * segment, with what the public site shows of it.
 */
@RestController
@RequestMapping("/api/v1/cities")
@Tag(name = "Cities", description = "Partner cities with at least one published relationship")
class CityApiController {

    /** The filters, order and page of the list; every one may be left out. */
    record CityQuery(
            @Parameter(description = "ISO 3166-1 alpha-2 code of the city's country", example = "PL")
            @Pattern(regexp = "[A-Za-z]{2}")
            String country,

            @Parameter(description = "Only cities with a published relationship of this type")
            RelationshipType type,

            @Parameter(description = "name (the German name, the default) or country, then name")
            Sort sort,

            @Parameter(description = "Reverse the order") Boolean descending,

            @Parameter(description = "The page, from 0") @Min(0) @Max(100_000)
            Integer page,

            @Parameter(description = "Cities per page, 1 to 200; 100 unless given") @Min(1) @Max(200)
            Integer size) {

        enum Sort {
            name,
            country
        }
    }

    /** A partner city in the list. {@code slug} is its stable identifier. */
    record CityListing(
            @Schema(description = "Stable identifier: the address segment in English", example = "warsaw")
            String slug,

            @Schema(description = "The address segment in German", example = "warschau")
            String slugDe,

            @Schema(example = "Warschau") String nameDe,
            @Schema(example = "Warsaw") String nameEn,

            @Schema(description = "ISO 3166-1 alpha-2", example = "PL")
            String country,

            @Schema(description = "WGS 84", nullable = true) Double latitude,
            @Schema(description = "WGS 84", nullable = true) Double longitude,
            List<Relationship> relationships) {}

    /** A published relationship of a city, as the list shows it. */
    record Relationship(
            RelationshipType type,
            RelationshipStatus status,

            @Schema(description = "ISO 8601 in the precision known (1991, 1991-08, 1991-08-12)", nullable = true)
            String firstInstrument,

            @Schema(description = "The administration that holds it; null for the city as a whole", nullable = true)
            String holderNameDe,

            @Schema(nullable = true) String holderNameEn) {}

    private final PartnerDirectory directory;

    CityApiController(PartnerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping(produces = {org.springframework.http.MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(
            summary = "Partner cities, filtered by country and type of relationship",
            description = "Every city with at least one published relationship, by German name unless sort=country."
                    + " Answers come in pages (page from 0, size up to 200, 100 unless asked): X-Total-Count says how"
                    + " many match, Link points to the first, previous, next and last page. An ETag answers"
                    + " If-None-Match with 304 while nothing changed. With Accept: text/csv the same page comes as"
                    + " CSV.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "200",
            description = "A page of partner cities",
            content = {
                @io.swagger.v3.oas.annotations.media.Content(
                        mediaType = "application/json",
                        array =
                                @io.swagger.v3.oas.annotations.media.ArraySchema(
                                        schema =
                                                @io.swagger.v3.oas.annotations.media.Schema(
                                                        implementation = CityListing.class))),
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
    ResponseEntity<List<CityListing>> list(@Valid @ModelAttribute CityQuery query, HttpServletRequest request) {
        Collator german = Collator.getInstance(Locale.GERMAN);
        Comparator<PublishedCity> byName =
                Comparator.comparing(PublishedCity::nameDe, german).thenComparingLong(PublishedCity::id);
        Comparator<PublishedCity> order = query.sort() == CityQuery.Sort.country
                ? Comparator.comparing(PublishedCity::country).thenComparing(byName)
                : byName;
        if (Boolean.TRUE.equals(query.descending())) {
            order = order.reversed();
        }
        List<PublishedCity> matching = directory.publishedCities().stream()
                .filter(city -> query.country() == null || query.country().equalsIgnoreCase(city.country()))
                .filter(city ->
                        query.type() == null || city.relationships().stream().anyMatch(r -> r.type() == query.type()))
                .sorted(order)
                .toList();
        int size = query.size() == null ? 100 : query.size();
        int page = query.page() == null ? 0 : query.page();
        int from = (int) Math.min((long) page * size, matching.size());
        List<CityListing> content = matching.subList(from, Math.min(from + size, matching.size())).stream()
                .map(CityApiController::listing)
                .toList();
        var answer = new PageImpl<>(content, PageRequest.of(page, size), matching.size());
        return ResponseEntity.ok().headers(ApiPages.headers(answer, request)).body(content);
    }

    @GetMapping(path = "/{slug}", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One partner city with its published relationships",
            description = "By the city's stable identifier (its English address segment). Each relationship with its"
                    + " instruments, focus areas, the units that cooperate, and the contacts marked public. 404 (a"
                    + " problem detail) for a city without a published relationship.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The city")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "404",
            description = "No city with a published relationship has this identifier",
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/problem+json",
                            schema =
                                    @io.swagger.v3.oas.annotations.media.Schema(
                                            implementation = org.springframework.http.ProblemDetail.class)))
    PublicCity one(@PathVariable @Parameter(example = "warsaw") String slug) {
        return directory.publishedCity(slug, Locale.ENGLISH).orElseThrow(() -> new NotFound("city", slug));
    }

    private static CityListing listing(PublishedCity city) {
        return new CityListing(
                city.slugEn(),
                city.slugDe(),
                city.nameDe(),
                city.nameEn(),
                city.country(),
                city.latitude(),
                city.longitude(),
                city.relationships().stream()
                        .map(r -> new Relationship(
                                r.type(),
                                r.status(),
                                r.firstInstrument() == null
                                        ? null
                                        : r.firstInstrument().toIsoString(),
                                r.holder() == null ? null : r.holder().nameDe(),
                                r.holder() == null ? null : r.holder().nameEn()))
                        .toList());
    }
}
