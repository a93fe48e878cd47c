-- The search's facet names (search_label) raise their own change counter (see ChangeCounter) with every write, so that
-- result pages keep the names in memory until it moves, on every instance alike.
insert into change_counter (topic, changes) values ('search-labels', 0);
