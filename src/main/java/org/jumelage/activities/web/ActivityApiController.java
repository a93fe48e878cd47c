package org.jumelage.activities.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jumelage.activities.ActivityCalendar;
import org.jumelage.activities.ActivityCalendar.PublicActivity;
import org.jumelage.activities.PublicActivityQuery;
import org.jumelage.shared.ApiPages;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public read API of activities: those marked public, with what the public site shows of them. */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities", description = "The public activities of the city's international cooperation")
class ActivityApiController {

    private final ActivityCalendar calendar;

    ActivityApiController(ActivityCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping(produces = {org.springframework.http.MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(
            summary = "Public activities, filtered by partner city, type and years",
            description = "Answers come in pages (page from 0, size up to 200, 100 unless asked), earliest first by"
                    + " start date unless descending=true: the header X-Total-Count says how many match, the Link"
                    + " header points to the first, previous, next and last page. city is a partner city's address"
                    + " segment (as in citySlugs); from and to are years: activities that touch them. Never"
                    + " participants, notes or outcomes. An ETag answers If-None-Match with 304 while nothing"
                    + " changed.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "200",
            description = "A page of public activities",
            content = {
                @io.swagger.v3.oas.annotations.media.Content(
                        mediaType = "application/json",
                        array =
                                @io.swagger.v3.oas.annotations.media.ArraySchema(
                                        schema =
                                                @io.swagger.v3.oas.annotations.media.Schema(
                                                        implementation = PublicActivity.class))),
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
    ResponseEntity<List<PublicActivity>> list(
            @jakarta.validation.Valid @ModelAttribute PublicActivityQuery query, HttpServletRequest request) {
        Page<PublicActivity> page = calendar.published(query);
        return ResponseEntity.ok().headers(ApiPages.headers(page, request)).body(page.getContent());
    }
}
