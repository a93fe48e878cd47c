package org.jumelage.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jumelage.people.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two administrators disabling, demoting or erasing each other at the same moment must not both pass the check that
 * one enabled administrator is left (ADR 0037): the check counts the administrators under a row lock, so the second
 * waits for the first and counts what it left. On the database the tests run on (H2 in {@code mvn verify}, PostgreSQL
 * in CI's database run).
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
class LastAdministratorTests {

    @Autowired
    AccountService service;

    @Autowired
    AccountRepository accounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void whoCountsTheAdministratorsWhileAnotherChangesOneWaitsAndCountsTheChange() throws Exception {
        String leaving = "admin-leaving-" + Long.toString(System.nanoTime(), 36);
        service.create(leaving, "Geht", null, Role.ADMIN, null);
        long leavingId =
                accounts.findByUsernameIgnoreCase(leaving).orElseThrow().getId();

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // The first transaction counts (and locks) the administrators, then disables one of them.
            Future<?> first = threads.submit(() -> transactions.executeWithoutResult(status -> {
                assertThat(accounts.lockEnabledAdministrators())
                        .extracting(Account::getId)
                        .contains(leavingId);
                locked.countDown();
                await(release);
                Account account = accounts.findById(leavingId).orElseThrow();
                account.disable(java.time.Instant.now());
                accounts.flush();
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            // The second counts meanwhile: it must wait for the first to end.
            Future<List<Long>> second =
                    threads.submit(() -> transactions.execute(status -> accounts.lockEnabledAdministrators().stream()
                            .map(Account::getId)
                            .toList()));
            // The database says a session waits for a row lock: the second count, for the first transaction's.
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> second.isDone() || sessionsWaitingForALock() > 0);
            assertThat(second.isDone())
                    .as("the second count waits for the first transaction")
                    .isFalse();
            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            // It counts what the first left: without the administrator it disabled.
            assertThat(second.get(30, TimeUnit.SECONDS)).isNotEmpty().doesNotContain(leavingId);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    /** How many of the database's sessions wait for a lock now (H2 or PostgreSQL). */
    private long sessionsWaitingForALock() {
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
        return jdbc.queryForObject(
                postgres
                        ? "select count(*) from pg_stat_activity where datname = current_database()"
                                + " and wait_event_type = 'Lock'"
                        : "select count(*) from information_schema.sessions where blocker_id is not null",
                Long.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
