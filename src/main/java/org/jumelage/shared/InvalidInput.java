package org.jumelage.shared;

import org.springframework.validation.Errors;

/**
 * A record sent to the API broke the rules of its form: the same field errors the page would show beside its fields,
 * answered as a {@code 400} problem detail that lists each field with its message in the client's language.
 */
public class InvalidInput extends RuntimeException {

    private final transient Errors errors;

    public InvalidInput(Errors errors) {
        super("invalid input: " + errors.getErrorCount() + " errors");
        this.errors = errors;
    }

    public Errors errors() {
        return errors;
    }
}
