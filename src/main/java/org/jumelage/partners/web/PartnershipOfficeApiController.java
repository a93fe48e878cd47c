package org.jumelage.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.domain.CityDetails;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
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

    private final RegistryService registry;
    private final SmartValidator validator;

    PartnershipOfficeApiController(RegistryService registry, SmartValidator validator) {
        this.registry = registry;
        this.validator = validator;
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
    ResponseEntity<OfficePartnership> create(@RequestBody PartnershipForm form) {
        if (!registry.mayCreate()) {
            throw new AccessDeniedException("may not create relationships");
        }
        BindingResult errors = checked(form);
        PartialDate since = form.checkNew(errors);
        AtomicReference<Relationship> created = new AtomicReference<>();
        Submission.saveOrThrow(errors, () -> created.set(form.createIn(registry, since)));
        OfficePartnership answer =
                OfficePartnership.of(registry.get(created.get().getId()));
        return ResponseEntity.created(URI.create("/api/v1/office/partnerships/" + answer.id()))
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
    OfficePartnership edit(@PathVariable @Parameter(example = "1") long id, @RequestBody PartnershipForm form) {
        Relationship current = registry.get(id);
        if (!registry.mayEdit(current)) {
            throw new AccessDeniedException("may not edit relationship " + id);
        }
        BindingResult errors = checked(form);
        form.checkCity(errors);
        // An edit keeps the status (a change of it has a date and a reason of its own): a different one is refused
        // rather than dropped without a word.
        if (form.status() != null && form.status() != current.getStatus()) {
            errors.rejectValue("status", "partnership.error.statusNotByEdit");
        }
        if (form.version() == null) {
            errors.rejectValue("version", "validation.required");
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
