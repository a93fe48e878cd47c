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
