package org.jumelage.audit.domain;

import java.time.Instant;

/**
 * One entry of the audit trail. {@code before} and {@code after} are JSON objects of the values that changed (property
 * name to value; secrets only as "(hidden)"), or null.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        Long actorAccountId,
        String remoteAddress,
        String requestId,
        String action,
        String subjectType,
        String subjectId,
        String before,
        String after) {}
