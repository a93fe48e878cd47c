-- A contact's function and organisation in English where they differ, for the English public site.
alter table contact add column function_title_en varchar(200);
alter table contact add column organisation_en varchar(250);
