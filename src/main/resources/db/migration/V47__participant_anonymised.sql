-- When a person was erased from a participant entry (ADR 0037): by the nightly retention once the activity ended
-- longer ago than jumelage.activities.participant-retention, or on request. The entry stays (organisation and role, so
-- that the activity still shows who took part), its name replaced and its account, e-mail address, function, name in
-- the original script and needs cleared; the retention looks for entries where this is still empty.
alter table participant add column anonymised_at timestamp with time zone;
