-- Retention of accounts (ADR 0037): an account left disabled for longer than jumelage.people.disabled-retention is
-- anonymised by a nightly job, which needs to know since when it is disabled. Accounts disabled before this column
-- existed count from now.
alter table account add column disabled_at timestamp with time zone;
update account set disabled_at = current_timestamp where enabled = false;

-- When the person was erased from the account (on request, or by the retention rule): only its number, role and unit
-- remain, it cannot be enabled again, and the retention job passes it by.
alter table account add column erased_at timestamp with time zone;
