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
 * The search entries are shared by every instance, and so is an OpenSearch index: while one instance checks or
 * rebuilds them (instances starting together, a rolling restart, the administrators' button pressed on each instance),
 * another neither describes the records again nor drops the index. The other instance is played by a thread that holds
 * the job lock in the database, as another instance's would be held.
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

    /**
     * Another instance at work: holds the lock until {@code release} counts down; true when it had it. The context's
     * own check at its start may hold the lock for a moment: the other instance takes it once that is done.
     */
    private CompletableFuture<Boolean> anotherInstanceHolds(CountDownLatch release) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> {
            java.util.concurrent.atomic.AtomicReference<java.util.Optional<Boolean>> ran =
                    new java.util.concurrent.atomic.AtomicReference<>(java.util.Optional.empty());
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        ran.set(jobs.once("search-index", Duration.ofMinutes(5), () -> {
                            held.countDown();
                            try {
                                return release.await(60, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return false;
                            }
                        }));
                        return ran.get().isPresent();
                    });
            return ran.get().orElse(false);
        });
        assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();
        return other;
    }

    @Test
    void whileAnotherInstanceHoldsTheSharedIndexThisOneNeitherChecksNorRebuildsIt() throws Exception {
        SearchIndexer indexer = mock(SearchIndexer.class);
        SearchIndexState state = new SearchIndexState(indexer, jdbc, entityManagerFactory, settings, jobs, true);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> other = anotherInstanceHolds(release);
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

    @Test
    void withAnIndexOfItsOwnAnInstanceWaitsForTheOthersCheckOfTheEntriesThenChecksItsOwnIndex() throws Exception {
        SearchIndexer indexer = mock(SearchIndexer.class);
        SearchIndexState state = new SearchIndexState(indexer, jdbc, entityManagerFactory, settings, jobs, false);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> other = anotherInstanceHolds(release);
        Thread checking = new Thread(state::check, "test-search-check");
        try {
            checking.start();
            // Waiting for the lock: asleep between its attempts, not done.
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> checking.getState() == Thread.State.TIMED_WAITING);
            assertThat(checking.isAlive()).isTrue();
            assertThat(state.status()).isEqualTo(SearchIndexState.Status.CHECKING);
            verifyNoInteractions(indexer);
        } finally {
            release.countDown();
        }
        assertThat(other.get(10, TimeUnit.SECONDS)).isTrue();
        checking.join(30_000);
        assertThat(checking.isAlive()).isFalse();
        // The entries were current (described by the test's own start): no record described again.
        org.mockito.Mockito.verify(indexer, org.mockito.Mockito.never()).rebuild();
        assertThat(state.status()).isEqualTo(SearchIndexState.Status.READY);
    }
}
