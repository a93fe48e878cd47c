-- Applications recorded before V12 get their live key too, so that the rule "one live application per person and
-- call" covers them (withdrawn ones, and those whose applicant was erased, keep none).
update exchange_application
set live_key = cast(call_id as varchar(20)) || ':' || cast(applicant_id as varchar(20))
where status <> 'WITHDRAWN' and applicant_id is not null and live_key is null;
