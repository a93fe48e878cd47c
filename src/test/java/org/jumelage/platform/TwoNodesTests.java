package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jumelage.JumelageApplication;
import org.jumelage.shared.JobLocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of Jumelage on one database (issue 16, ADR 0030): a scheduled job that runs on one is skipped by the
 * other while it runs; the activity reminders are left alone by the second while the first looks for them, and queued
 * once when it is done. On H2 the
 * two share one in-memory database of this JVM; with {@code SPRING_DATASOURCE_URL} (CI's PostgreSQL step) they share
 * that database.
 */
@Tag("database")
class TwoNodesTests {

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        String database = System.getenv("SPRING_DATASOURCE_URL") != null
                ? System.getenv("SPRING_DATASOURCE_URL")
                : "jdbc:h2:mem:two-nodes-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        first = start(database);
        second = start(database);
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(JumelageApplication.class)
                .profiles("test")
                .run("--spring.datasource.url=" + database, "--server.port=0");
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aJobRunningOnOneInstanceIsSkippedByTheOther() throws Exception {
        JobLocks onFirst = first.getBean(JobLocks.class);
        JobLocks onSecond = second.getBean(JobLocks.class);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<String>> long_ =
                    pool.submit(() -> onFirst.once("two-nodes-test", Duration.ofMinutes(1), () -> {
                        running.countDown();
                        try {
                            release.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return "first";
                    }));
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(onSecond.once("two-nodes-test", Duration.ofMinutes(1), () -> "second"))
                    .as("skipped while the first instance runs it")
                    .isEmpty();
            release.countDown();
            assertThat(long_.get(30, TimeUnit.SECONDS)).contains("first");
            assertThat(onSecond.once("two-nodes-test", Duration.ofMinutes(1), () -> "second"))
                    .as("run once the first instance is done")
                    .contains("second");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void whileOneInstanceLooksForRemindersTheOtherLeavesThemAlone() throws Exception {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        List<Long> ids = jdbc.queryForList(
                "select id from activity where status in ('PLANNED', 'CONFIRMED') order by id limit 3", Long.class);
        assertThat(ids).isNotEmpty();
        // On CI's PostgreSQL the database tests share one database: every activity this test (or the job) changes is
        // put back afterwards.
        List<Long> notReminded = jdbc.queryForList("select id from activity where reminded_at is null", Long.class);
        List<java.util.Map<String, Object>> before = new ArrayList<>();
        for (Long id : ids) {
            before.add(jdbc.queryForMap("select id, starts_at, ends_at, reminded_at from activity where id = ?", id));
        }
        try {
            remindedOnceTheLockIsFree(jdbc, ids);
        } finally {
            for (java.util.Map<String, Object> row : before) {
                jdbc.update(
                        "update activity set starts_at = ?, ends_at = ?, reminded_at = ? where id = ?",
                        row.get("starts_at"),
                        row.get("ends_at"),
                        row.get("reminded_at"),
                        row.get("id"));
            }
            for (Long id : notReminded) {
                jdbc.update("update activity set reminded_at = null where id = ?", id);
            }
        }
    }

    private void remindedOnceTheLockIsFree(JdbcTemplate jdbc, List<Long> ids) throws Exception {
        Instant now = Instant.now();
        for (Long id : ids) {
            jdbc.update(
                    "update activity set starts_at = ?, ends_at = ?, reminded_at = null where id = ?",
                    Timestamp.from(now.plus(Duration.ofDays(1))),
                    Timestamp.from(now.plus(Duration.ofDays(1)).plus(Duration.ofHours(2))),
                    id);
        }
        Class<?> reminders = Class.forName("org.jumelage.activities.domain.Reminders");
        var queueDue = reminders.getMethod("queueDue");
        queueDue.setAccessible(true);
        Object onSecond = second.getBean(reminders);
        String remindedOfOurs = "select count(*) from activity where reminded_at is not null and id in ("
                + String.join(",", ids.stream().map(String::valueOf).toList()) + ")";

        // The first instance is looking for due reminders (it holds the job's lock): the second leaves them alone.
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<Boolean>> held = pool.submit(() -> first.getBean(JobLocks.class)
                    .once("activity-reminders", Duration.ofMinutes(1), () -> {
                        running.countDown();
                        try {
                            return release.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return false;
                        }
                    }));
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat((Integer) queueDue.invoke(onSecond)).as("skipped").isZero();
            assertThat(jdbc.queryForObject(remindedOfOurs, Long.class)).isZero();
            release.countDown();
            assertThat(held.get(30, TimeUnit.SECONDS)).contains(true);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        // Once it is done, the next run (here the second instance's) queues them, each once.
        assertThat((Integer) queueDue.invoke(onSecond)).isGreaterThanOrEqualTo(ids.size());
        assertThat(jdbc.queryForObject(remindedOfOurs, Long.class)).isEqualTo((long) ids.size());
        assertThat((Integer) queueDue.invoke(onSecond)).as("nothing due twice").isZero();
    }
}
