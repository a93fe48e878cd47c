package org.jumelage.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How many records a list's selection holds, kept until the change counter of their topic moves
 * ({@link ChangeCounter}): a list's pager needs the total on every page, and PostgreSQL counts by reading the whole
 * selection (200,000 activities: 58 ms) where the page itself reads 50 rows. Kept only when counted in a read-only
 * transaction, as a writing one may count its own change and then roll back.
 */
public final class KeptCounts {

    private record Key(Object selection, long changes) {}

    private final Map<Key, Long> counts;

    /** At most {@code capacity} selections are kept, the least recently used dropped first. */
    public KeptCounts(int capacity) {
        this.counts = java.util.Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
                return size() > capacity;
            }
        });
    }

    /**
     * The count of this selection (any value with equals: the list's filters without the page) at this state of its
     * topic, counted once.
     */
    public long count(Object selection, long changes, LongSupplier count) {
        Key key = new Key(selection, changes);
        Long kept = counts.get(key);
        if (kept != null) {
            return kept;
        }
        long counted = count.getAsLong();
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            counts.put(key, counted);
        }
        return counted;
    }

    /** A page of rows read without a count (a slice) with the kept total. */
    public static <T> Page<T> page(Slice<T> rows, Pageable pageable, long total) {
        List<T> content = rows.getContent();
        return new PageImpl<>(content, pageable, Math.max(total, pageable.getOffset() + content.size()));
    }
}
