package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes for finding a person's data (ADR 0037: the privacy page and the subject-access export) by name or address,
 * compared as the queries compare them: in lower case, trimmed. On the network-scale PostgreSQL data set each of these
 * lookups read its whole table (200,000 activities, 600,000 participants, 300,000 programme items): a person's page took
 * 256 ms at the median, 74 ms with these (docs/performance.md). PostgreSQL only: H2, the embedded database of small installations, has no indexes on
 * expressions, and its tables are small. A Java migration because the two databases differ here.
 */
public class V51__Indexes_for_a_persons_data extends BaseJavaMigration {

    private static final String[] INDEXES = {
        "create index ix_activity_created_by_key on activity (lower(created_by))",
        "create index ix_activity_updated_by_key on activity (lower(updated_by))",
        "create index ix_relationship_created_by_key on relationship (lower(created_by))",
        "create index ix_relationship_updated_by_key on relationship (lower(updated_by))",
        "create index ix_participant_email_key on participant (lower(trim(email)))",
        "create index ix_follow_up_task_owner_key on follow_up_task (lower(trim(owner)))",
        "create index ix_programme_item_responsible_key on programme_item (lower(trim(responsible)))",
        "create index ix_contact_email_key on contact (lower(trim(email)))",
        "create index ix_exchange_application_email_key on exchange_application (lower(applicant_email))"
    };

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                statement.execute(index);
            }
        }
    }
}
