package org.jumelage.search;

import java.util.Set;

/**
 * Records of one topic were written (created, changed or deleted) in a transaction that committed. Published by
 * {@link SearchFeed} for each record the first time a transaction writes it, and by {@link #of} for bulk changes, in
 * chunks of at most {@link #MAX_IDS} ids.
 */
public record RecordsChanged(String topic, Set<Long> ids) {

    /** The most ids one event carries: the event registry keeps each event in a row of limited size. */
    public static final int MAX_IDS = 200;

    public RecordsChanged {
        ids = Set.copyOf(ids);
    }

    /**
     * The events that tell the index about records changed without their entities (a bulk update or delete, which
     * {@link SearchFeed} does not see): publish them in the changing transaction.
     */
    public static java.util.List<RecordsChanged> of(String topic, java.util.Collection<Long> ids) {
        java.util.List<Long> all = java.util.List.copyOf(new java.util.LinkedHashSet<>(ids));
        java.util.List<RecordsChanged> events = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_IDS) {
            events.add(new RecordsChanged(topic, Set.copyOf(all.subList(from, Math.min(all.size(), from + MAX_IDS)))));
        }
        return events;
    }
}
