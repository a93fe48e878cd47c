-- The partnerships list and the API are ordered by city name (then id): with an index on the name PostgreSQL reads the
-- first page through it and the relationships of those cities (0.2 ms) instead of sorting all 20,000 (10 ms).
create index ix_city_name_de on city (name_de, id);
create index ix_city_name_en on city (name_en, id);
