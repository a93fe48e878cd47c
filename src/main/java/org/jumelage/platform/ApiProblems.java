package org.jumelage.platform;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details. Only for REST controllers: pages answer with the localised
 * error pages instead.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final org.springframework.context.MessageSource messages;

    ApiProblems(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A record that breaks its form's rules: every error with its field (null for the record as a whole) and its
     * message in the client's language ({@code Accept-Language}; English without it). Nothing was saved.
     */
    @ExceptionHandler(org.jumelage.shared.InvalidInput.class)
    ProblemDetail invalidInput(org.jumelage.shared.InvalidInput exception) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        java.util.List<java.util.Map<String, Object>> errors = new java.util.ArrayList<>();
        for (org.springframework.validation.ObjectError error :
                exception.errors().getAllErrors()) {
            java.util.Map<String, Object> entry = new java.util.LinkedHashMap<>();
            entry.put(
                    "field",
                    error instanceof org.springframework.validation.FieldError field ? field.getField() : null);
            entry.put("message", messages.getMessage(error, locale));
            errors.add(entry);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The record breaks " + errors.size() + " rule(s); nothing was saved.");
        problem.setTitle("Invalid record");
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * Someone else changed the record since the client read the version it sent, or another record took the same key
     * meanwhile: nothing was saved; the client reads the record again and decides again (ADR 0011).
     */
    @ExceptionHandler({
        org.jumelage.shared.EditConflict.class,
        org.springframework.orm.ObjectOptimisticLockingFailureException.class,
        org.springframework.dao.DataIntegrityViolationException.class
    })
    ProblemDetail conflict(RuntimeException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                exception instanceof org.springframework.dao.DataIntegrityViolationException
                        ? "Another record with the same key was saved meanwhile; nothing was saved."
                        : "The record was changed since the version sent; read it again. Nothing was saved.");
        problem.setTitle("Conflict");
        return problem;
    }

    /** A query parameter that does not fit its field (a record's constructor binding ends here). */
    @Override
    protected org.springframework.http.ResponseEntity<Object> handleMethodArgumentNotValid(
            org.springframework.web.bind.MethodArgumentNotValidException exception,
            org.springframework.http.HttpHeaders headers,
            org.springframework.http.HttpStatusCode status,
            org.springframework.web.context.request.WebRequest request) {
        return org.springframework.http.ResponseEntity.badRequest()
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(invalidParameters(exception));
    }

    /**
     * A body that is no JSON, or not of the record's shape: which field did not fit (its path in the body), never the
     * parser's text with the application's class names.
     */
    @Override
    protected org.springframework.http.ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException exception,
            org.springframework.http.HttpHeaders headers,
            org.springframework.http.HttpStatusCode status,
            org.springframework.web.context.request.WebRequest request) {
        String where = "";
        if (exception.getCause() instanceof tools.jackson.databind.DatabindException mapping
                && !mapping.getPath().isEmpty()) {
            where = " at "
                    + mapping.getPath().stream()
                            .map(step -> step.getPropertyName() != null
                                    ? step.getPropertyName()
                                    : "[" + step.getIndex() + "]")
                            .collect(java.util.stream.Collectors.joining("."));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The body is not JSON of this record's shape" + where + ".");
        problem.setTitle("Unreadable body");
        logger.debug("Unreadable API body", exception);
        return org.springframework.http.ResponseEntity.badRequest()
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A record that does not exist (or is not public): 404 as a problem detail, not the site's error page. */
    @ExceptionHandler(org.jumelage.shared.NotFound.class)
    ProblemDetail notFound(org.jumelage.shared.NotFound exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalidParameters(BindException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "Invalid parameter: "
                        + exception.getFieldErrors().stream()
                                .map(error -> error.getField() + "=" + error.getRejectedValue())
                                .toList());
        problem.setTitle("Invalid request parameters");
        return problem;
    }
}
