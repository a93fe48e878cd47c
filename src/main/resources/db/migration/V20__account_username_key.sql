-- Sign-in and the per-request account check find an account by its name whatever its case. upper(username) could use
-- no index (H2 has no expression indexes), so with thousands of accounts every request scanned the table. The key is
-- the name in lower case, kept by the application, unique and indexed.
alter table account add column username_key varchar(60);
update account set username_key = lower(username);
alter table account alter column username_key set not null;
alter table account add constraint uk_account_username_key unique (username_key);
