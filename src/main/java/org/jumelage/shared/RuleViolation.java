package org.jumelage.shared;

/**
 * A domain rule refused a change. Carries a message key (and its arguments) so that the web layer can tell the
 * person in their language what to do; nothing was changed. A violation may name the field it is about (the
 * property's name, as the forms call it), so that the message can stand beside that field.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private RuleViolation(String field, String messageKey, Object[] arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A violation about one field: a form that has the field shows the message beside it. */
    public static RuleViolation at(String field, String messageKey, Object... arguments) {
        return new RuleViolation(field, messageKey, arguments);
    }

    /** The field the rule is about, or {@code null} if it concerns the record as a whole. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
