package org.jumelage.exchange.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A step on an application: the supervisor's, HR's or the office's approval, or a decline with its reason (size of
 * {@code application_step.reason}, V11). The button pressed names the decision.
 */
record DecisionForm(
        @NotNull(message = "{validation.required}")
        @Pattern(regexp = "approve|decline", message = "{validation.required}")
        String decision,

        @Size(max = 2000, message = "{validation.tooLong}") String reason,
        long version)
        implements java.io.Serializable {

    boolean approve() {
        return "approve".equals(decision);
    }
}
