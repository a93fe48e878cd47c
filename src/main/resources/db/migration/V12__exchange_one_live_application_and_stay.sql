-- One live application per person and call, also against two simultaneous "save" clicks: live_key is
-- "call:applicant" while the application is not withdrawn, and null afterwards (several nulls are allowed by both
-- H2 and PostgreSQL). One stay per application and per nomination.
alter table exchange_application add column live_key varchar(60);
alter table exchange_application add constraint uk_exchange_application_live unique (live_key);
alter table exchange_stay add constraint uk_exchange_stay_application unique (application_id);
alter table exchange_stay add constraint uk_exchange_stay_nomination unique (nomination_id);
