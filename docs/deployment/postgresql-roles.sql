-- Jumelage's database on PostgreSQL with two roles (ADR 0036; README, "Run it in production"): the owner runs the migrations
-- (spring.flyway.user) and owns every table; the application connects as its own role, which may read and write the
-- records but not change the schema, and may only add to the audit trail (and delete entries older than 90 days, the
-- retention rule): the migration V45_1 takes UPDATE and TRUNCATE on audit_entry from every role but the owner, and its
-- trigger refuses them to everyone.
--
-- Run once as a superuser, with the names and passwords of your choice:
--   psql -v ON_ERROR_STOP=1 -v db=jumelage -v owner=jumelage_owner -v owner_password='…' \
--        -v app=jumelage_app -v app_password='…' -f docs/deployment/postgresql-roles.sql
-- then start Jumelage with
--   SPRING_DATASOURCE_URL=jdbc:postgresql://<host>:5432/jumelage
--   SPRING_DATASOURCE_USERNAME=jumelage_app  SPRING_DATASOURCE_PASSWORD=…
--   SPRING_FLYWAY_USER=jumelage_owner        SPRING_FLYWAY_PASSWORD=…
-- Tested by .ci/database-outage, which runs the production layout so.

create role :"owner" login password :'owner_password';
create role :"app" login password :'app_password';
create database :"db" owner :"owner";

\connect :"db"
-- The schema belongs to the owner; nobody else creates anything in it (PostgreSQL 15, which Jumelage needs, defaults
-- to this already).
alter schema public owner to :"owner";
revoke create on schema public from public;
grant usage on schema public to :"app";
-- Every table and sequence the owner's migrations create, now and later: the application reads and writes rows.
alter default privileges for role :"owner" in schema public
    grant select, insert, update, delete on tables to :"app";
alter default privileges for role :"owner" in schema public
    grant usage, select on sequences to :"app";
