package org.jumelage.exchange.web;

import java.math.BigDecimal;
import org.jumelage.shared.Money;
import org.springframework.validation.BindingResult;

/** Reads the amounts typed into the budget's forms; a field that is not an amount gets its error beside it. */
final class Amounts {

    static final String ERROR = "money.error.format";

    private Amounts() {}

    /** The amount typed into the field, or null after rejecting the field (blank, or not an amount). */
    static BigDecimal read(BindingResult errors, String field, String typed) {
        if (errors.hasFieldErrors(field)) {
            return null;
        }
        if (typed == null || typed.isBlank()) {
            errors.rejectValue(field, "validation.required");
            return null;
        }
        try {
            return Money.parseAmount(typed);
        } catch (IllegalArgumentException notAnAmount) {
            errors.rejectValue(field, ERROR);
            return null;
        }
    }
}
