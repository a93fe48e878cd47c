-- A saved report's name is unique regardless of case ("Warschau" and "warschau" are one name), also when two people
-- save at the same moment: the key is the name in lower case, kept by the application with every save.
alter table saved_report add column name_key varchar(120);
update saved_report set name_key = lower(name);
alter table saved_report alter column name_key set not null;
alter table saved_report add constraint uk_saved_report_name_key unique (name_key);
