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
