package org.jumelage.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jumelage.exchange.ExchangeProgrammes;
import org.jumelage.exchange.ProgrammeStatus;
import org.jumelage.shared.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public read API of the staff exchange: its programmes and the calls open for applications now. */
@RestController
@RequestMapping(path = "/api/v1", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Staff exchange", description = "The administrative staff exchange's programmes and open calls")
class ProgrammeApiController {

    /** A programme; {@code code} is its stable identifier. */
    record Programme(
            @Schema(example = "EVA") String code,
            String nameDe,
            String nameEn,
            String descriptionDe,
            @Schema(nullable = true) String descriptionEn,
            @Schema(nullable = true) String fundingDe,
            @Schema(nullable = true) String fundingEn,
            @Schema(nullable = true, example = "2015") Integer startYear,

            @Schema(description = "null while it runs", nullable = true)
            Integer endYear,

            ProgrammeStatus status,

            @Schema(
                    description = "The partner cities (their stable identifiers, see /api/v1/cities) whose"
                            + " administrations take part")
            List<String> partnerCities) {}

    /** A call open for applications now; {@code id} is its stable identifier. */
    record Call(
            long id,

            @Schema(description = "The programme's code", example = "EVA")
            String programme,

            String titleDe,
            @Schema(nullable = true) String titleEn,

            @Schema(description = "The deadline, with the offset of the call's time zone on that day")
            OffsetDateTime closes,

            @Schema(description = "The call's time zone (IANA)", example = "Europe/Berlin")
            String timeZone,

            @Schema(description = "The earliest first day of a stay")
            LocalDate staysFrom,

            @Schema(description = "The latest last day of a stay")
            LocalDate staysTo,

            int minWeeks,
            int maxWeeks,

            @Schema(description = "Languages a stay may be held in (ISO 639-1)")
            List<String> languages) {}

    private final ExchangeProgrammes programmes;
    private final org.jumelage.partners.PartnerDirectory directory;

    ProgrammeApiController(ExchangeProgrammes programmes, org.jumelage.partners.PartnerDirectory directory) {
        this.programmes = programmes;
        this.directory = directory;
    }

    @GetMapping("/programmes")
    @Operation(
            summary = "Every programme of the staff exchange",
            description = "Running ones first, then by start; all of them in one answer (a handful). An ETag answers"
                    + " If-None-Match with 304 while nothing changed.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Every programme")
    List<Programme> programmes() {
        // Only the cities the public site shows: a city without a published relationship stays unnamed.
        Map<Long, String> cities = new java.util.HashMap<>();
        directory.publishedCities().forEach(city -> cities.put(city.id(), city.slugEn()));
        return programmes.programmes().stream()
                .map(p -> new Programme(
                        p.code(),
                        p.nameDe(),
                        p.nameEn(),
                        p.descriptionDe(),
                        p.descriptionEn(),
                        p.fundingDe(),
                        p.fundingEn(),
                        p.startYear(),
                        p.endYear(),
                        p.status(),
                        p.partnerCityIds().stream()
                                .filter(cities::containsKey)
                                .map(cities::get)
                                .toList()))
                .toList();
    }

    @GetMapping("/programmes/{code}")
    @Operation(summary = "One programme, by its code", description = "404 (a problem detail) for an unknown code.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The programme")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "404",
            description = "No programme has this code",
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/problem+json",
                            schema =
                                    @io.swagger.v3.oas.annotations.media.Schema(
                                            implementation = org.springframework.http.ProblemDetail.class)))
    Programme programme(@PathVariable @Parameter(example = "EVA") String code) {
        return programmes().stream()
                .filter(p -> p.code().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new NotFound("programme", code));
    }

    @GetMapping("/calls")
    @Operation(
            summary = "The calls open for applications now",
            description = "The one closing first first; all of them in one answer. A call leaves the list when its"
                    + " deadline passes.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The open calls")
    List<Call> calls() {
        return programmes.openCalls().stream()
                .map(call -> new Call(
                        call.id(),
                        call.programmeCode(),
                        call.titleDe(),
                        call.titleEn(),
                        offset(call.closes(), call.timeZone()),
                        call.timeZone(),
                        call.staysFrom(),
                        call.staysTo(),
                        call.minWeeks(),
                        call.maxWeeks(),
                        call.languages()))
                .toList();
    }

    private static OffsetDateTime offset(LocalDateTime local, String zone) {
        return local.atZone(ZoneId.of(zone)).toOffsetDateTime();
    }
}
