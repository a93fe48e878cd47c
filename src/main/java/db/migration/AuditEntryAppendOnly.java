package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.h2.api.Trigger;

/**
 * H2's form of the audit trail's guard (V45_1, ADR 0036): refuses to update an entry, and to delete one younger than
 * 90 days. H2 runs it in the database for every row, whoever asks, like PostgreSQL's trigger.
 */
public class AuditEntryAppendOnly implements Trigger {

    /** The position of {@code occurred_at} in {@code audit_entry} (V45). */
    private static final int OCCURRED_AT = 1;

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null
                && newRow == null
                && oldRow[OCCURRED_AT] instanceof OffsetDateTime occurred
                && occurred.isBefore(OffsetDateTime.now(ZoneOffset.UTC).minusDays(90))) {
            return;
        }
        throw new SQLException(
                "the audit trail is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
    }
}
