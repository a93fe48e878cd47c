package org.jumelage.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the audit trail (ADR 0036) records changes of an entity. Without an annotation every entity's creation, change
 * and deletion is recorded with the values before and after; these say where that is wrong.
 */
public final class Audited {

    private static final ThreadLocal<Boolean> WITHOUT_VALUES = ThreadLocal.withInitial(() -> false);

    private Audited() {}

    /**
     * Runs an erasure (on request, or by a retention rule): the entity changes flushed while it runs are recorded
     * without their values, which would otherwise copy into the audit trail what the erasure removes. The erasure
     * must flush before it returns (a repository's {@code flush()}), or its changes are written after this and
     * recorded with their values.
     */
    public static <T> T withoutValues(java.util.function.Supplier<T> erasure) {
        if (WITHOUT_VALUES.get()) {
            return erasure.get();
        }
        WITHOUT_VALUES.set(true);
        try {
            return erasure.get();
        } finally {
            WITHOUT_VALUES.remove();
        }
    }

    /** Whether an erasure runs on this thread ({@link #withoutValues}). */
    public static boolean valuesLeftOut() {
        return WITHOUT_VALUES.get();
    }

    /**
     * An entity or field the audit trail leaves out: data derived from other records (the search index, change
     * counters), or bookkeeping that changes with every use (when an access token was last used).
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.FIELD})
    public @interface Skip {}

    /**
     * A person's data kept under a retention rule shorter than the audit trail's (an applicant's name, a guest's
     * e-mail, a participant's needs, a message's text): the audit trail records that it was set or changed and by
     * whom, never its value, which would otherwise outlive the rule in the trail (ADR 0036).
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Personal {}

    /**
     * A field whose value the audit trail never shows (the hash of a password or of a token), only that it was set or
     * changed. With an {@code action} (the name of an audit action), a change of this field is recorded as that
     * action instead of a plain change, for example {@code PASSWORD_CHANGED}.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Secret {
        String action() default "";
    }

    /**
     * What a rule changed or deleted by one bulk statement, which no entity listener sees (a retention job's
     * {@code delete ... where}, an erasure's {@code update ... set x = null}): publish it in the statement's
     * transaction, and the audit trail records a {@code DELETED_BY_RULE} entry with the kind, how many rows and the
     * rule (ADR 0036). Never the values.
     *
     * @param kind what was changed, by its entity's or table's name ("Feedback", "MailOutbox")
     * @param count how many rows the statement changed; nothing is recorded for none
     * @param rule the rule, in words ("dealt with more than 30 days ago")
     */
    public record BulkChange(String kind, long count, String rule) {

        public BulkChange {
            java.util.Objects.requireNonNull(kind, "kind");
            java.util.Objects.requireNonNull(rule, "rule");
        }
    }
}
