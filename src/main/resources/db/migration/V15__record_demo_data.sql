-- Facts about this installation. "demo-data" says that Berlin's demo data (and its demo logins) was loaded here:
-- a database made by an earlier version is recognised by its demo accounts' addresses.
create table installation_fact (
    name        varchar(60) primary key,
    recorded_at timestamp with time zone not null
);

insert into installation_fact (name, recorded_at)
select 'demo-data', current_timestamp
where exists (select 1 from account where email like '%@demo.jumelage.invalid');
