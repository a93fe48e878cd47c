-- A place has a name per language, like a city (Warschau / Warsaw); the English one where it differs.
alter table activity add column place_en varchar(200);
