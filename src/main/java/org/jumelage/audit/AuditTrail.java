package org.jumelage.audit;

import java.util.Map;

/**
 * Adds to the audit trail what no entity change shows: sign-ins, denied access, deletions by a rule. Changes of
 * entities are recorded without being asked (ADR 0036). Each entry names who (the signed-in person, {@code anonymous}
 * or {@code system}), when, from which address and in which request.
 */
public interface AuditTrail {

    /**
     * Records one entry in the caller's transaction, if there is one (then it is kept only if the transaction commits),
     * else at once.
     *
     * @param subjectType what it concerns (an entity's name, "Account", a path), or null
     * @param subjectId its id, or null
     * @param details what else to keep (never a password or token), or an empty map
     */
    void record(AuditAction action, String subjectType, String subjectId, Map<String, String> details);

    /**
     * Runs an erasure (ADR 0037): the entity changes it makes are recorded without their values (an erasure must not
     * copy into the trail what it erases), and written before this returns. Call it inside the erasure's transaction.
     */
    <T> T erasing(java.util.function.Supplier<T> erasure);

    /** Like {@link #record} for a person other than the one signed in (a sign-in that was refused, for example). */
    void recordFor(String actor, AuditAction action, String subjectType, String subjectId, Map<String, String> details);
}
