package org.jumelage.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.domain.CityDetails;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.shared.ApiBodies;
import org.jumelage.shared.OfficeApiAnswers;
import org.jumelage.shared.PartialDate;
import org.jumelage.shared.Submission;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry for the office's machine clients (ADR 0029): a relationship read, created and edited with an access
 * token, by the same rules as the page's form ({@link PartnershipForm}: the same fields, checks and messages) and with
 * the rights of the token's account (the same service calls). An edit carries the versions it read, as the form does;
 * a change someone else saved meanwhile is a {@code 409}.
 */
@RestController
@RequestMapping(path = "/api/v1/office/partnerships", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Office: partnerships", description = "The registry's relationships, with an access token")
@SecurityRequirement(name = "accessToken")
class PartnershipOfficeApiController {

    /** A relationship as the registry holds it, with the versions an edit must send back. */
    record OfficePartnership(
            @Schema(example = "1") long id,

            @Schema(description = "Send it back with an edit")
            long version,

            long cityId,

            @Schema(description = "Send it back with an edit (as cityVersion)")
            long cityVersion,

            @Schema(example = "Warschau") String nameDe,
            @Schema(example = "Warsaw") String nameEn,
            @Schema(nullable = true, example = "Warszawa") String nameLocal,
            @Schema(nullable = true, example = "pl") String nameLocalLang,

            @Schema(description = "ISO 3166-1 alpha-2", example = "PL")
            String countryCode,

            @Schema(description = "WGS 84", nullable = true) Double latitude,
            @Schema(description = "WGS 84", nullable = true) Double longitude,
            @Schema(nullable = true, example = "Q270") String wikidataId,
            boolean region,
            RelationshipType type,

            @Schema(description = "The administration that holds it; null for the city as a whole", nullable = true)
            Long holderUnitId,

            RelationshipStatus status,

            @Schema(description = "ISO 8601 in the precision known", nullable = true)
            String statusSince,

            @Schema(description = "Internal notes of the office", nullable = true)
            String notes,

            boolean publicVisible,
            String updatedBy,
            Instant updatedAt) {

        static OfficePartnership of(Relationship relationship) {
            CityDetails city = relationship.getCity().details();
            PartialDate since = relationship.getStatusSince();
            return new OfficePartnership(
                    relationship.getId(),
                    relationship.getVersion(),
                    relationship.getCity().getId(),
                    relationship.getCity().getVersion(),
                    city.nameDe(),
                    city.nameEn(),
                    city.nameLocal(),
                    city.nameLocalLang(),
                    city.countryCode(),
                    city.latitude(),
                    city.longitude(),
                    city.wikidataId(),
                    city.region(),
                    relationship.getType(),
                    relationship.getHolderUnitId(),
                    relationship.getStatus(),
                    since == null ? null : since.toIsoString(),
                    relationship.getNotes(),
                    relationship.isPublicVisible(),
                    relationship.getUpdatedBy(),
                    relationship.getUpdatedAt());
        }
    }

    /** Fields of the answer that an edit may send back and that are ignored. */
    private static final java.util.Set<String> ANSWER_ONLY =
            java.util.Set.of("id", "statusSince", "updatedBy", "updatedAt");

    private final RegistryService registry;
    private final SmartValidator validator;
    private final tools.jackson.databind.json.JsonMapper json;

    PartnershipOfficeApiController(
            RegistryService registry, SmartValidator validator, tools.jackson.databind.json.JsonMapper json) {
        this.registry = registry;
        this.validator = validator;
        this.json = json;
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One relationship of the registry, published or not",
            description = "Needs an access token (read). The versions in the answer are what an edit sends back.")
    @ApiResponse(responseCode = "200", description = "The relationship")
    @OfficeApiAnswers.Read
    OfficePartnership one(@PathVariable @Parameter(example = "1") long id) {
        return OfficePartnership.of(registry.get(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Records a new relationship",
            description = "Needs an access token (read and write) of an account that may create relationships (an"
                    + " administrator or an editor, whose unit then holds it, as with the form). The city is either"
                    + " an existing one (cityId) or described (nameDe, nameEn, countryCode, …). The fields and rules"
                    + " are the form's: status is required, its date (sinceYear, sinceMonth, sinceDay) may be"
                    + " partial, a relationship of the same city, type and holder exists only once.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names it")
    @OfficeApiAnswers.Create
    ResponseEntity<OfficePartnership> create(
            @RequestBody
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = PartnershipForm.class)))
                    tools.jackson.databind.JsonNode body) {
        if (!registry.mayCreate()) {
            throw new AccessDeniedException("may not create relationships");
        }
        ApiBodies.Read<PartnershipForm> read = ApiBodies.read(body, PartnershipForm.class, java.util.Set.of(), json);
        PartnershipForm form = read.record();
        BindingResult errors = checked(form);
        read.addTo(errors);
        PartialDate since = form.checkNew(errors);
        AtomicReference<Relationship> created = new AtomicReference<>();
        Submission.saveOrThrow(
                errors, "relationship.error.duplicate", () -> created.set(form.createIn(registry, since)));
        OfficePartnership answer =
                OfficePartnership.of(registry.get(created.get().getId()));
        return ResponseEntity.created(
                        org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequestUri()
                                .path("/{id}")
                                .buildAndExpand(answer.id())
                                .toUri())
                .body(answer);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Edits a relationship and its city",
            description = "Needs an access token (read and write) of an account that may edit this relationship"
                    + " (and, where the city's fields change, every relationship with the city), as the form does."
                    + " Send every field, with version and cityVersion as read: a change someone else saved since"
                    + " is a 409, and nothing is saved. Status changes (with their reason) are not part of an edit.")
    @ApiResponse(responseCode = "200", description = "Saved")
    @OfficeApiAnswers.Edit
    OfficePartnership edit(
            @PathVariable @Parameter(example = "1") long id,
            @RequestBody
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = PartnershipForm.class)))
                    tools.jackson.databind.JsonNode body) {
        Relationship current = registry.get(id);
        if (!registry.mayEdit(current)) {
            throw new AccessDeniedException("may not edit relationship " + id);
        }
        ApiBodies.Read<PartnershipForm> read = ApiBodies.read(body, PartnershipForm.class, ANSWER_ONLY, json);
        PartnershipForm form = read.record();
        BindingResult errors = checked(form);
        read.addTo(errors);
        form.checkCity(errors);
        if (form.version() == null) {
            errors.rejectValue("version", "validation.required");
        }
        if (form.cityVersion() == null) {
            errors.rejectValue("cityVersion", "validation.required");
        }
        if (form.cityId() != null && form.cityId() != current.getCity().getId()) {
            errors.rejectValue("cityId", "partnership.error.otherCity");
        }
        // What only a new relationship takes (the status's date and reason) is refused, not dropped without a word.
        for (String onlyNew : java.util.List.of("sinceYear", "sinceMonth", "sinceDay", "reason")) {
            if (errors.getFieldValue(onlyNew) != null) {
                errors.rejectValue(onlyNew, "partnership.error.statusNotByEdit");
            }
        }
        // An edit keeps the status (a change of it has a date and a reason of its own): a different one is refused
        // rather than dropped without a word.
        if (form.status() != null && form.status() != current.getStatus()) {
            errors.rejectValue("status", "partnership.error.statusNotByEdit");
        }
        Submission.saveOrThrow(errors, () -> form.editIn(registry, id));
        return OfficePartnership.of(registry.get(id));
    }

    /** The form's own constraints, as the page checks them. */
    private BindingResult checked(PartnershipForm form) {
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, errors);
        return errors;
    }
}
