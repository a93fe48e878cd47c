-- The sender's client address, for the flood limit per client; erased a day after the message arrived.
alter table feedback add column client varchar(64);
create index ix_feedback_client on feedback (client, received_at);
