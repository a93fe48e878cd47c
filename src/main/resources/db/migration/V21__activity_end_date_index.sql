-- The activities that touch a year or a day are found from their end date: the end date bounds them from below, and
-- the start date is then checked on the rows found (see ActivitySpecifications).
create index ix_activity_end_date on activity (end_date);
