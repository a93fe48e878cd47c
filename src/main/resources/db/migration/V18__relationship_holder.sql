-- Who holds a relationship on our side: null for the city as a whole (for Berlin the Land, represented by the Senate
-- Chancellery), or one of the city's own administrations (a district office, a Senate department) that keeps a
-- partnership of its own. The unit belongs to the people module; the registry refers to it by id only, as
-- responsibility.unit_id does.
alter table relationship add column holder_unit_id bigint;
alter table relationship add constraint fk_relationship_holder_unit foreign key (holder_unit_id) references org_unit (id);

-- One relationship per city, type and holder, instead of one per city and type. "nulls not distinct" makes two
-- relationships of the city as a whole collide as well (a plain unique constraint lets any number of nulls pass).
-- H2 2.4 (PostgreSQL mode) and PostgreSQL 15 both enforce it; RegistryService checks the same rule first, so that a
-- person gets a message instead of this constraint's error.
alter table relationship drop constraint uk_relationship_city_type;
alter table relationship add constraint uk_relationship_city_type_holder
    unique nulls not distinct (city_id, type, holder_unit_id);

-- For the list's "held by" filter (one administration, or the city as a whole: "is null").
create index ix_relationship_holder on relationship (holder_unit_id);
