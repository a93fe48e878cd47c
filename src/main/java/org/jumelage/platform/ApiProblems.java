package org.jumelage.platform;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the JSON API as RFC 9457 problem details. */
@RestControllerAdvice(
        basePackages = "org.jumelage",
        annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

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
