package org.jumelage.activities.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jumelage.activities.ActivityStatus;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.shared.ApiBodies;
import org.jumelage.shared.OfficeApiAnswers;
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
 * Activities for the office's machine clients (ADR 0029): read, created and edited with an access token, by the same
 * rules as the page's form ({@link ActivityForm} and {@link ActivityController#check}) and with the rights of the
 * token's account. An edit carries the version it read; a change someone else saved meanwhile is a {@code 409}.
 */
@RestController
@RequestMapping(path = "/api/v1/office/activities", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Office: activities", description = "The office's activities, with an access token")
@SecurityRequirement(name = "accessToken")
class ActivityOfficeApiController {

    /** An activity as the office holds it: the form's fields, its id, status and version. */
    record OfficeActivity(
            @Schema(example = "1") long id,

            @Schema(description = "Send it back with an edit")
            long version,

            ActivityStatus status,

            @Schema(description = "The fields an edit sends back")
            ActivityForm values,

            String updatedBy,
            Instant updatedAt) {

        static OfficeActivity of(Activity activity) {
            return new OfficeActivity(
                    activity.getId(),
                    activity.getVersion(),
                    activity.getStatus(),
                    ActivityForm.of(activity),
                    activity.getUpdatedBy(),
                    activity.getUpdatedAt());
        }
    }

    private final ActivityService activities;
    private final SmartValidator validator;
    private final tools.jackson.databind.json.JsonMapper json;

    ActivityOfficeApiController(
            ActivityService activities, SmartValidator validator, tools.jackson.databind.json.JsonMapper json) {
        this.activities = activities;
        this.validator = validator;
        this.json = json;
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One activity, public or internal",
            description = "Needs an access token (read). Its values are what an edit sends back, with the version.")
    @ApiResponse(responseCode = "200", description = "The activity")
    @OfficeApiAnswers.Read
    OfficeActivity one(@PathVariable @Parameter(example = "1") long id) {
        return OfficeActivity.of(activities.get(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Records a new activity, planned",
            description = "Needs an access token (read and write) of an account that may create activities (an"
                    + " administrator or an editor, whose unit then organises it, as with the form). The fields and"
                    + " rules are the form's: type, level, German title, start and end dates and a known time zone"
                    + " are required; times unless allDay; the end not before the start; at least one partner city"
                    + " (cityIds) or network (networkIds); a German public summary when publicVisible.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names it")
    @OfficeApiAnswers.Create
    ResponseEntity<OfficeActivity> create(
            @RequestBody
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = ActivityForm.class)))
                    tools.jackson.databind.JsonNode body) {
        if (!activities.mayCreate()) {
            throw new AccessDeniedException("may not create activities");
        }
        ApiBodies.Read<ActivityForm> read = ApiBodies.read(body, ActivityForm.class, java.util.Set.of(), json);
        ActivityForm form = read.record();
        BindingResult errors = checked(form);
        read.addTo(errors);
        AtomicReference<Activity> created = new AtomicReference<>();
        Submission.saveOrThrow(errors, () -> created.set(activities.create(form.details())));
        OfficeActivity answer = OfficeActivity.of(activities.get(created.get().getId()));
        return ResponseEntity.created(
                        org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequestUri()
                                .path("/{id}")
                                .buildAndExpand(answer.id())
                                .toUri())
                .body(answer);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Edits an activity",
            description = "Needs an access token (read and write) of an account that may edit this activity (an"
                    + " administrator, or an editor of an organising unit), as the form does. The body is the values"
                    + " part of a read, changed: every field, with the version as read (a change someone else saved"
                    + " since is a 409, and nothing is saved).")
    @ApiResponse(responseCode = "200", description = "Saved")
    @OfficeApiAnswers.Edit
    OfficeActivity edit(
            @PathVariable @Parameter(example = "1") long id,
            @RequestBody
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = ActivityForm.class)))
                    tools.jackson.databind.JsonNode body) {
        if (!activities.mayEdit(activities.get(id))) {
            throw new AccessDeniedException("may not edit activity " + id);
        }
        ApiBodies.Read<ActivityForm> read = ApiBodies.read(body, ActivityForm.class, java.util.Set.of(), json);
        ActivityForm form = read.record();
        BindingResult errors = checked(form);
        read.addTo(errors);
        if (form.version() == null) {
            errors.rejectValue("version", "validation.required");
        }
        Submission.saveOrThrow(errors, () -> activities.edit(id, form.version(), form.details()));
        return OfficeActivity.of(activities.get(id));
    }

    /** The form's own constraints and the page's further checks. */
    private BindingResult checked(ActivityForm form) {
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, errors);
        ActivityController.check(form, errors);
        return errors;
    }
}
