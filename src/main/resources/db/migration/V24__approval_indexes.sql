-- The approvals page (ApplicationRepository.AWAITING) looks for applications in a status, longest waiting first, and
-- for each whether the person already took a step on it (the four-eyes rule): an index for each, measured to halve the
-- query on both databases at network size (docs/performance.md).
create index ix_exchange_application_status on exchange_application (status, status_since, id);
create index ix_application_step_actor on application_step (application_id, actor_id);
