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

    private Audited() {}

    /**
     * An entity or field the audit trail leaves out: data derived from other records (the search index, change
     * counters), or bookkeeping that changes with every use (when an access token was last used).
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.FIELD})
    public @interface Skip {}

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
}
