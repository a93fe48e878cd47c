package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class KeptCountsTests {

    private final KeptCounts counts = new KeptCounts(2);

    private final AtomicInteger counted = new AtomicInteger();

    private long count(Object selection, long changes) {
        return counts.count(selection, changes, () -> {
            counted.incrementAndGet();
            return 40;
        });
    }

    @AfterEach
    void endTransaction() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
    }

    @Test
    void aSelectionIsCountedOnceUntilItsTopicChanges() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);

        assertThat(count(List.of("ACTIVE"), 7)).isEqualTo(40);
        assertThat(count(List.of("ACTIVE"), 7)).isEqualTo(40);
        assertThat(counted).hasValue(1);

        count(List.of("ACTIVE"), 8); // the topic changed
        count(List.of("DORMANT"), 8); // another selection
        assertThat(counted).hasValue(3);
        count(List.of("ENDED"), 8); // a third: the least recently used goes
        count(List.of("ACTIVE"), 8);
        assertThat(counted).hasValue(5);
    }

    @Test
    void aCountInAWritingTransactionIsNotKept() {
        count(List.of("ACTIVE"), 7);
        count(List.of("ACTIVE"), 7);
        assertThat(counted).hasValue(2);
    }

    @Test
    void aPageNeverClaimsFewerRowsThanItShows() {
        var rows = new SliceImpl<>(List.of("a", "b"), PageRequest.of(3, 2), true);

        assertThat(KeptCounts.page(rows, PageRequest.of(3, 2), 20).getTotalElements())
                .isEqualTo(20);
        assertThat(KeptCounts.page(rows, PageRequest.of(3, 2), 5).getTotalElements())
                .isEqualTo(8);
    }
}
