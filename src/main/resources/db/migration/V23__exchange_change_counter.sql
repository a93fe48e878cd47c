-- The staff exchange's change counter (see ChangeCounter): applications, stays, nominations, placements and calls raise
-- it with every write; a call's statistics are kept until it moves.
insert into change_counter (topic, changes) values ('exchange', 0);
