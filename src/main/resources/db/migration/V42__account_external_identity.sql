-- Single sign-on (OpenID Connect, ADR 0034): an account made or matched at a sign-in with the city's identity provider
-- keeps the provider (issuer) and the person's identifier there (subject); a person is found by these, never by a user
-- name the provider could hand to somebody else.
alter table account add column oidc_issuer varchar(500);
alter table account add column oidc_subject varchar(255);
create unique index uk_account_oidc on account (oidc_issuer, oidc_subject);
