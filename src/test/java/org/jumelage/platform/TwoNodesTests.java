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
import org.jumelage.shared.JobLocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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
                : Instances.newDatabase("two-nodes");
        // A failed event is tried again at the next run, without the wait (EventResubmissionTests' subject).
        first = Instances.start(database, "--jumelage.events.retry-after=PT0S");
        second = Instances.start(database, "--jumelage.events.retry-after=PT0S");
    }

    @AfterAll
    static void stop() {
        try {
            if (first != null) {
                // On CI's PostgreSQL the database tests share one database: nothing of this class is left unfinished.
                JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                    first.getBean(EventResubmission.class).resubmitDue();
                    return jdbc.queryForObject(
                                    "select count(*) from event_publication where completion_date is null",
                                    Integer.class)
                            == 0;
                });
            }
        } finally {
            if (second != null) {
                second.close();
            }
            if (first != null) {
                first.close();
            }
        }
    }

    @Test
    void aSignedInPersonKeepsTheirSessionWhenTheNextRequestReachesTheOtherInstance() throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        String onFirst = "http://localhost:" + port(first);
        String onSecond = "http://localhost:" + port(second);

        String login = browser.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(onFirst + "/login"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        var signedIn = browser.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(onFirst + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "username=admin&password=admin-demo-2026&_csrf=" + csrf(login)))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/office/start");

        // The next request reaches the other instance: still signed in, as the same person.
        var page = browser.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(onSecond + "/office/partnerships"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String name = first.getBean(JdbcTemplate.class)
                .queryForObject("select display_name from account where username = 'admin'", String.class);
        assertThat(page.body()).contains(name).contains("/logout");

        // Signing out there (with the form's token of that session) ends the session on the first instance too.
        var signedOut = browser.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(onSecond + "/logout"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(page.body())))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        var after = browser.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(onFirst + "/office/partnerships"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void theMetricsAnswerAnAdministratorsReadTokenAndNobodyElse() throws Exception {
        var accounts = first.getBean(org.jumelage.people.domain.AccountService.class);
        var tokens = first.getBean(org.jumelage.people.domain.AccessTokenService.class);
        var admin = accounts.loadUser("admin").orElseThrow();
        admin.eraseCredentials();
        var monitoring = org.jumelage.testing.Signed.in(
                admin,
                () -> tokens.create(
                        "monitoring " + UUID.randomUUID(), "admin", org.jumelage.people.TokenScope.READ, null, null));
        var viewing = org.jumelage.testing.Signed.in(
                admin,
                () -> tokens.create(
                        "viewer " + UUID.randomUUID(), "viewer", org.jumelage.people.TokenScope.READ, null, null));
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.util.function.Function<String, java.net.http.HttpResponse<String>> scrape = secret -> {
                var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port(first) + "/actuator/prometheus"));
                if (secret != null) {
                    request.header("Authorization", "Bearer " + secret);
                }
                try {
                    return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            assertThat(scrape.apply(null).statusCode()).isEqualTo(401);
            assertThat(scrape.apply(viewing.secret()).statusCode())
                    .as("not an administrator")
                    .isEqualTo(403);
            // A job has run: its figures are there, beside those registered at start.
            first.getBean(EventResubmission.class).resubmitDue();
            var metrics = scrape.apply(monitoring.secret());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("text/plain");
            assertThat(metrics.body())
                    .contains("jumelage_jobs_seconds_count{job=\"event-resubmission\"")
                    .contains("jumelage_events_waiting{state=\"failed\"")
                    .contains("jumelage_sign_ins_total{outcome=\"success\"")
                    .contains("jumelage_mails_total{outcome=\"sent\"")
                    .contains("jumelage_mails_waiting")
                    .contains("http_server_requests_seconds_count")
                    .contains("hikaricp_connections_active");
        } finally {
            first.getBean(JdbcTemplate.class)
                    .update(
                            "delete from access_token where id in (?, ?)",
                            monitoring.token().getId(),
                            viewing.token().getId());
        }
    }

    private static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }

    private static String csrf(String page) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aFailedEventIsHandedOverOnceAndOneInProgressElsewhereIsLeftAlone() throws Exception {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        String text = "Zwei Knoten: Ereignis erneut " + UUID.randomUUID();
        jdbc.update(
                "insert into feedback (received_at, locale, message, status, version) values (?, 'de', ?, 'NEW', 0)",
                Timestamp.from(Instant.now()),
                text);
        long feedback = jdbc.queryForObject("select id from feedback where message = ?", Long.class, text);
        UUID publication = UUID.randomUUID();
        // An instance is just now working on the event (its last attempt is recent): the other leaves it alone.
        jdbc.update(
                "insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " status, completion_attempts, last_resubmission_date) values (?, ?, ?, ?, ?, 'PROCESSING',"
                        + " 1, ?)",
                publication,
                "org.jumelage.feedback.domain.FeedbackNotifier.on(org.jumelage.feedback.FeedbackReceived)",
                "org.jumelage.feedback.FeedbackReceived",
                "{\"feedbackId\":" + feedback + "}",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))),
                Timestamp.from(Instant.now()));
        String state = "select status from event_publication where id = ?";
        try {
            assertThat(first.getBean(EventResubmission.class).resubmitDue().markedFailed())
                    .isZero();
            assertThat(second.getBean(EventResubmission.class).resubmitDue().markedFailed())
                    .isZero();
            assertThat(jdbc.queryForObject(state, String.class, publication)).isEqualTo("PROCESSING");

            // That instance stopped long ago without finishing; both instances run the job at the same moment: the
            // event is handed over once, and its mail goes out once.
            jdbc.update(
                    "update event_publication set last_resubmission_date = ? where id = ?",
                    Timestamp.from(Instant.now().minus(Duration.ofMinutes(20))),
                    publication);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<EventResubmission.Run>> runs = new ArrayList<>();
                for (ConfigurableApplicationContext instance : List.of(first, second)) {
                    runs.add(pool.submit(() -> {
                        go.await();
                        return instance.getBean(EventResubmission.class).resubmitDue();
                    }));
                }
                go.countDown();
                for (Future<EventResubmission.Run> run : runs) {
                    run.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                first.getBean(EventResubmission.class).resubmitDue();
                return jdbc.queryForList(state, String.class, publication).isEmpty();
            });
            // Its mail was queued once (which instance then sends it is the outbox's business: TwoNodesMailTests).
            String queued = "select count(*) from mail_outbox where body like ?";
            assertThat(jdbc.queryForObject(queued, Integer.class, "%" + text + "%"))
                    .isEqualTo(1);
            // Nothing is left to hand over, so nothing can be queued a second time.
            assertThat(first.getBean(EventResubmission.class).resubmitDue().handedOver())
                    .isZero();
            assertThat(second.getBean(EventResubmission.class).resubmitDue().handedOver())
                    .isZero();
            assertThat(jdbc.queryForObject(queued, Integer.class, "%" + text + "%"))
                    .isEqualTo(1);
        } finally {
            jdbc.update("delete from event_publication where id = ?", publication);
            jdbc.update("delete from mail_outbox where body like ?", "%" + text + "%");
            jdbc.update("delete from feedback where id = ?", feedback);
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
