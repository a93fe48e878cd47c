package org.jumelage.audit.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.jumelage.audit.AuditAction;
import org.jumelage.audit.domain.AuditQuery;
import org.springframework.format.annotation.DateTimeFormat;

/** The audit page's filter, as the address carries it; every part may be empty. */
record AuditFilter(
        @Size(max = 100, message = "{audit.filter.tooLong}") String actor,
        AuditAction action,
        @Size(max = 100, message = "{audit.filter.tooLong}") String subjectType,
        @Size(max = 100, message = "{audit.filter.tooLong}") String subjectId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
        implements Serializable {

    static AuditFilter empty() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    @AssertTrue(message = "{audit.filter.toBeforeFrom}")
    boolean isPeriodInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    AuditQuery query() {
        return new AuditQuery(actor, action, subjectType, subjectId, from, to);
    }
}
