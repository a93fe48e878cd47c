package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit trail append-only on PostgreSQL (ADR 0036): a trigger refuses to update an entry, to delete one
 * younger than 90 days (the shortest time jumelage.audit.keep allows) and to truncate the table, whoever asks; and
 * every role but the table's owner (the one that runs the migrations) loses the right to update it. The application's
 * own role (docs/deployment/postgresql-roles.sql) can then add entries and delete old ones, and neither change nor drop the trigger. On
 * H2 (the embedded database of small installations, one user) the same trigger is a Java class ({@link
 * AuditEntryAppendOnly}). A Java migration because each database writes its triggers in its own language.
 */
public class V45_1__Audit_trail_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create trigger audit_entry_append_only before update, delete on audit_entry"
                        + " for each row call \"" + AuditEntryAppendOnly.class.getName() + "\"");
            }
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    create function audit_entry_append_only() returns trigger language plpgsql as $$
                    begin
                        if tg_op = 'DELETE' then
                            if old.occurred_at < now() - interval '90 days' then
                                return old;
                            end if;
                        end if;
                        raise exception 'the audit trail is append-only: % refused', tg_op
                            using errcode = '42501';
                    end
                    $$""");
            statement.execute("""
                    create trigger audit_entry_append_only before update or delete on audit_entry
                        for each row execute function audit_entry_append_only()""");
            statement.execute("""
                    create trigger audit_entry_no_truncate before truncate on audit_entry
                        for each statement execute function audit_entry_append_only()""");
            // Rights another role got on the table (for example the application's role through default privileges):
            // it keeps reading, adding and deleting old entries, but may no longer update or truncate.
            statement.execute("""
                    do $$
                    declare
                        grantee_name text;
                    begin
                        for grantee_name in
                            select distinct grantee from information_schema.role_table_grants
                            where table_schema = current_schema() and table_name = 'audit_entry'
                              and grantee <> current_user
                        loop
                            if grantee_name = 'PUBLIC' then
                                revoke update, truncate, trigger, references on audit_entry from public;
                            else
                                execute format('revoke update, truncate, trigger, references on audit_entry from %I',
                                    grantee_name);
                            end if;
                        end loop;
                    end
                    $$""");
        }
    }
}
