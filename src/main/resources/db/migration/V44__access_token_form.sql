-- One token per form (ADR 0029): the form's id is kept with the token it made, and a second token from the same form
-- is refused by the database, also when the form is sent twice at the same moment (ADR 0032).
alter table access_token add column form_id varchar(36);
create unique index uk_access_token_form on access_token (form_id);
