package org.jumelage.audit.domain;

import java.util.Map;
import org.jumelage.audit.AuditAction;
import org.jumelage.shared.Audited;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what rules changed by bulk statements (retention jobs, erasures), which the entity listener does not see: one
 * {@code DELETED_BY_RULE} entry per statement with the kind, the count and the rule, in the statement's transaction
 * (the listener runs in the publisher's thread), so it is kept exactly when the change is.
 */
@Component
class BulkChanges {

    private final AuditLog audit;

    BulkChanges(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void changed(Audited.BulkChange change) {
        if (change.count() > 0) {
            audit.record(
                    AuditAction.DELETED_BY_RULE,
                    change.kind(),
                    null,
                    Map.of("count", String.valueOf(change.count()), "rule", change.rule()));
        }
    }
}
