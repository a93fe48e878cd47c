-- What stays of an erased account to keep its place (ADR 0037): SHA-256 digests of its former user name (in lower
-- case) and of its link to the identity provider (issuer, a line break, subject). A new account may not take the name
-- (records that name their author by user name would mix two people), and single sign-on does not make a new account
-- for the erased person (the administrator's decision that disabled it would be undone).
alter table account add column erased_username_digest varchar(64);
alter table account add column erased_identity_digest varchar(64);
create index ix_account_erased_username on account (erased_username_digest);
create index ix_account_erased_identity on account (erased_identity_digest);
