package org.jumelage.shared;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.ProblemDetail;

/**
 * The error answers every operation of the office's API gives (ADR 0029), documented once: each operation carries the
 * annotation of its kind, besides its own success answer. All are problem details.
 */
public final class OfficeApiAnswers {

    private OfficeApiAnswers() {}

    private static final String PROBLEM = "application/problem+json";

    /** Reading one record: no valid token, or no such record. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "401",
            description = "No valid access token (none, unknown, revoked, expired, or its account disabled)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No record has this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public @interface Read {}

    /** Creating a record: its rules, the token, its scope and its account's rights. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "400",
            description = "The record breaks a rule of its form: errors lists each field with its message, in the"
                    + " language of Accept-Language (English without it); nothing was saved",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "401",
            description = "No valid access token (none, unknown, revoked, expired, or its account disabled)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The token only reads, or its account may not do this",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public @interface Create {}

    /** Editing a record: as creating, and the record must exist and be unchanged since the version sent. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "400",
            description = "The record breaks a rule of its form: errors lists each field with its message, in the"
                    + " language of Accept-Language (English without it); nothing was saved",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "401",
            description = "No valid access token (none, unknown, revoked, expired, or its account disabled)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The token only reads, or its account may not change this record",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No record has this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "409",
            description = "Someone else saved the record since the version sent; nothing was saved",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public @interface Edit {}
}
