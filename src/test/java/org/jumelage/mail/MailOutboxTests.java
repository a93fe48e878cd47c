package org.jumelage.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox (ADR 0035) with a real SMTP server that the test stops and starts: a mail leaves only if its transaction
 * commits; while the server is down it waits (the mail health says so), and goes out once when it is back; a mail
 * that cannot go out for long is given up; sent mails are deleted after the retention period.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            // Each attempt right away, no background run between the test's own.
            "jumelage.mail.retry-after=PT0S",
            "jumelage.mail.check=PT24H"
        })
@ActiveProfiles("test")
class MailOutboxTests {

    static final int PORT = freePort();

    static GreenMail smtp = server();

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static GreenMail server() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> PORT);
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.springframework.boot.health.contributor.HealthIndicator mailDeliveryHealthIndicator;

    private static OutgoingMail mail(String subject) {
        return new OutgoingMail(
                List.of("anna@example.org"),
                subject,
                "Text zu " + subject,
                List.of(new OutgoingMail.Attachment(
                        "termin.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8))));
    }

    private long received(String subject) throws Exception {
        long count = 0;
        for (var message : smtp.getReceivedMessages()) {
            if (message.getSubject().equals(subject)) {
                count++;
            }
        }
        return count;
    }

    private int waiting(String subject) {
        return jdbc.queryForObject(
                "select count(*) from mail_outbox where subject = ? and sent_at is null", Integer.class, subject);
    }

    @Test
    void aMailLeavesOnlyWithItsTransaction() throws Exception {
        String subject = "Zurückgerollt " + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            outbox.send(mail(subject));
            status.setRollbackOnly();
        });
        outbox.sendDue();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject = ?", Integer.class, subject))
                .isZero();
        assertThat(received(subject)).isZero();
    }

    @Test
    void mailsWaitWhileTheServerIsDownAndGoOutOnceWhenItIsBack() throws Exception {
        String first = "Erste " + UUID.randomUUID();
        String second = "Zweite " + UUID.randomUUID();
        smtp.stop();
        try {
            transactions.executeWithoutResult(status -> {
                outbox.send(mail(first));
                outbox.send(mail(second));
            });
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                outbox.sendDue();
                return jdbc.queryForObject(
                                "select min(attempts) from mail_outbox where subject in (?, ?)",
                                Integer.class,
                                first,
                                second)
                        >= 1;
            });
            assertThat(waiting(first) + waiting(second)).isEqualTo(2);
            assertThat(mailDeliveryHealthIndicator.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(jdbc.queryForObject(
                            "select last_failure from mail_outbox where subject = ?", String.class, first))
                    .startsWith("MailNotSent")
                    .doesNotContain("anna@example.org");
        } finally {
            smtp = server();
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.sendDue();
            return waiting(first) + waiting(second) == 0;
        });
        outbox.sendDue();
        outbox.sendDue();
        assertThat(received(first)).isEqualTo(1);
        assertThat(received(second)).isEqualTo(1);
        var delivered = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().equals(first);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(delivered.getContentType()).startsWith("multipart/mixed");
        assertThat(mailDeliveryHealthIndicator.health().getStatus()).isEqualTo(Status.UP);
    }

    /**
     * A mail the server took whose "sent" mark did not follow goes out again (ADR 0035): with the same Message-ID, so
     * that its recipients' mail programs show it once.
     */
    @Test
    void aMailSentAgainKeepsItsMessageId() throws Exception {
        String subject = "Zweimal " + UUID.randomUUID();
        transactions.executeWithoutResult(status -> outbox.send(mail(subject)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.sendDue();
            return waiting(subject) == 0;
        });
        jdbc.update("update mail_outbox set sent_at = null where subject = ?", subject);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.sendDue();
            return waiting(subject) == 0;
        });
        long id = jdbc.queryForObject("select id from mail_outbox where subject = ?", Long.class, subject);
        List<String> ids = new java.util.ArrayList<>();
        for (var message : smtp.getReceivedMessages()) {
            if (message.getSubject().equals(subject)) {
                ids.add(message.getMessageID());
            }
        }
        assertThat(ids).hasSize(2);
        assertThat(ids.get(0))
                .isEqualTo(ids.get(1))
                .startsWith("<jumelage." + id + ".")
                .endsWith("@localhost>");
    }

    @Test
    void aMailThatCannotGoOutForLongIsGivenUpAndSentOnesAreDeletedAfterTheRetention() throws Exception {
        String subject = "Aufgegeben " + UUID.randomUUID();
        smtp.stop();
        try {
            transactions.executeWithoutResult(status -> outbox.send(mail(subject)));
            jdbc.update(
                    "update mail_outbox set created_at = ? where subject = ?",
                    Timestamp.from(Instant.now().minus(Duration.ofDays(4))),
                    subject);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                outbox.sendDue();
                return jdbc.queryForObject(
                                "select count(*) from mail_outbox where subject = ? and abandoned_at is not null",
                                Integer.class,
                                subject)
                        == 1;
            });
        } finally {
            smtp = server();
        }
        outbox.sendDue();
        assertThat(received(subject))
                .as("given up: not sent when the server is back")
                .isZero();
        assertThat(mailDeliveryHealthIndicator.health().getStatus())
                .as("a given-up mail no longer waits")
                .isEqualTo(Status.UP);

        jdbc.update(
                "update mail_outbox set abandoned_at = ? where subject = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(8))),
                subject);
        assertThat(outbox.deleteOlderThanRetention()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject = ?", Integer.class, subject))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox_attachment a where not exists"
                                + " (select 1 from mail_outbox m where m.id = a.mail_id)",
                        Integer.class))
                .isZero();
    }

    @Test
    void theWaitDoublesPerAttemptUpToItsLimit() {
        MailOutbox.Settings settings = new MailOutbox.Settings(
                "jumelage@localhost",
                Duration.ofSeconds(10),
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                Duration.ofDays(3),
                Duration.ofDays(7),
                "0 50 3 * * *");
        assertThat(MailOutbox.waitAfter(settings, 1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailOutbox.waitAfter(settings, 2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailOutbox.waitAfter(settings, 7)).isEqualTo(Duration.ofHours(1));
        assertThat(MailOutbox.waitAfter(settings, Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }
}
