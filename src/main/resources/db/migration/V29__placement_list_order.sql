-- The placements list is ordered by start of the period, topic and id: with an index in that order the first page reads
-- its 50 rows instead of sorting every placement of every call (1,200 in the network-scale data; docs/performance.md).
create index ix_host_placement_order on host_placement (period_from, topic_de, id);
