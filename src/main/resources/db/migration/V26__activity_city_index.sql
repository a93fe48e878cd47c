-- A city's activities (the partnership's page, the public city page, the list's and lessons' city filter) are found
-- by the city. With the city alone in the index PostgreSQL still read the whole table of 230,000 links for one city
-- (42 ms for a city's next ten activities at network size); with the activity beside it the index answers alone
-- (8 ms).
drop index ix_activity_city_city;
create index ix_activity_city_city on activity_city (city_id, activity_id);
