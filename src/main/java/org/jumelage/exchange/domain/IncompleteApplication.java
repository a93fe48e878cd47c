package org.jumelage.exchange.domain;

import java.util.List;
import org.jumelage.shared.RuleViolation;

/** A submission lacks answers: the form fields that are still empty. */
public class IncompleteApplication extends RuleViolation {

    private final transient List<String> fields;

    IncompleteApplication(List<String> fields) {
        super("application.error.incomplete");
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }
}
