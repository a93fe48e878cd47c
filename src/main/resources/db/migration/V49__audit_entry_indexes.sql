-- The audit page's filters by who and by what, newest first (ADR 0036), without reading the whole table.
create index ix_audit_entry_actor_name on audit_entry (actor, id);
create index ix_audit_entry_action on audit_entry (action, id);
