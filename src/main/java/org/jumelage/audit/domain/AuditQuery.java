package org.jumelage.audit.domain;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jumelage.audit.AuditAction;

/**
 * What an administrator looks for in the audit trail; every part may be empty. {@code actor} is matched exactly (as
 * the user name is written; an index serves it), {@code subjectType} exactly, {@code subjectId} exactly; {@code from} and {@code to} are whole days in
 * the installation's time zone, both included.
 */
public record AuditQuery(
        String actor, AuditAction action, String subjectType, String subjectId, LocalDate from, LocalDate to)
        implements Serializable {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    /** The SQL condition (" where …" or "") and its arguments, in order. */
    String where(List<Object> arguments, ZoneId zone) {
        StringBuilder where = new StringBuilder();
        if (present(actor)) {
            and(where).append("actor = ?");
            arguments.add(actor.strip());
        }
        if (action != null) {
            and(where).append("action = ?");
            arguments.add(action.name());
        }
        if (present(subjectType)) {
            and(where).append("subject_type = ?");
            arguments.add(subjectType.strip());
        }
        if (present(subjectId)) {
            and(where).append("subject_id = ?");
            arguments.add(subjectId.strip());
        }
        if (from != null) {
            and(where).append("occurred_at >= ?");
            arguments.add(Timestamp.from(from.atStartOfDay(zone).toInstant()));
        }
        if (to != null) {
            and(where).append("occurred_at < ?");
            arguments.add(Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return where.toString();
    }

    private static StringBuilder and(StringBuilder where) {
        return where.append(where.isEmpty() ? " where " : " and ");
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
