package org.jumelage.search.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jumelage.shared.JobLocks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An OpenSearch index is shared by every instance: while one instance checks or rebuilds it (a rolling restart, the
 * administrators' button pressed on each instance), another neither drops nor rebuilds it. The other instance is
 * played by a thread that holds the index's job lock in the database, as another instance's would be held.
 */
@SpringBootTest
@ActiveProfiles("test")
class SharedSearchIndexTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    SearchProperties settings;

    @Autowired
    JobLocks jobs;

    private SearchIndexState sharedWith(SearchIndexer indexer) {
        return new SearchIndexState(indexer, jdbc, entityManagerFactory, settings, jobs, true);
    }

    @Test
    void whileAnotherInstanceHoldsTheSharedIndexThisOneNeitherChecksNorRebuildsIt() throws Exception {
        SearchIndexer indexer = mock(SearchIndexer.class);
        SearchIndexState state = sharedWith(indexer);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> other =
                CompletableFuture.supplyAsync(() -> jobs.once("search-index", Duration.ofMinutes(5), () -> {
                            held.countDown();
                            try {
                                return release.await(30, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return false;
                            }
                        })
                        .orElse(false));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            state.check();
            assertThat(state.status()).isEqualTo(SearchIndexState.Status.READY);
            assertThat(state.rebuild()).isEqualTo(-1L);
            assertThat(state.status()).isEqualTo(SearchIndexState.Status.READY);
            verifyNoInteractions(indexer);
        } finally {
            release.countDown();
        }
        assertThat(other.get(10, TimeUnit.SECONDS)).isTrue();

        // The lock given back, this instance rebuilds when asked.
        long rebuilt = state.rebuild();
        assertThat(rebuilt).isZero();
        verify(indexer).rebuild();
        assertThat(state.status()).isEqualTo(SearchIndexState.Status.READY);
    }
}
