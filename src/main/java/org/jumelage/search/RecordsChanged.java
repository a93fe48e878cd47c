package org.jumelage.search;

import java.util.Set;

/**
 * Records of one topic were written (created, changed or deleted) in a transaction that committed. Published by
 * {@link SearchFeed} once per topic and transaction, in chunks of at most {@link #MAX_IDS} ids.
 */
public record RecordsChanged(String topic, Set<Long> ids) {

    /** The most ids one event carries: the event registry keeps each event in a row of limited size. */
    public static final int MAX_IDS = 200;

    public RecordsChanged {
        ids = Set.copyOf(ids);
    }
}
