-- A certificate of participation outlives its stay for the public check of its number (V32), with its holder's name.
-- Its holder's account is kept beside it, so that once the stay and its application are erased the holder can still
-- find it (subject access) and have it erased (ADR 0037). Certificates are issued for outgoing stays, whose
-- participant applied with an account; those issued so far take it from their stay's application.
alter table exchange_certificate add column holder_id bigint;

update exchange_certificate
set holder_id = (select a.applicant_id
                 from exchange_stay s join exchange_application a on a.id = s.application_id
                 where s.id = exchange_certificate.stay_id)
where stay_id is not null;

create index ix_exchange_certificate_holder on exchange_certificate (holder_id);
