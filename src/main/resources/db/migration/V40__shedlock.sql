-- Locks of the scheduled jobs (ShedLock's JDBC provider, ADR 0030): one row per job, held by the instance that runs
-- it until lock_until, so that with several instances on one database each job runs once at a time.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);
