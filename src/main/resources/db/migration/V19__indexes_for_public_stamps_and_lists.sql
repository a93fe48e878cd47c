-- The public pages ask on every request whether anything they show changed (ETag, Last-Modified) and list activities
-- by their end and start. At the size of a network (200,000 activities, 20,000 relationships) these must be index
-- look-ups, not scans of the whole table: the latest change, the latest end up to now, the activities of a year.
create index ix_activity_updated on activity (updated_at);
create index ix_activity_ends on activity (ends_at);
create index ix_activity_start_date on activity (start_date);
create index ix_relationship_updated on relationship (updated_at);

-- A counter per topic that every change raises in its own transaction (entity listeners of the registry and the
-- activities): the public pages' change stamp is one row's value, whatever the clocks of several instances say.
create table change_counter (
    topic   varchar(40) primary key,
    changes bigint      not null
);
insert into change_counter (topic, changes) values ('registry', 0), ('activities', 0);
