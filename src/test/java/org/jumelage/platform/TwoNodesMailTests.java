package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jumelage.feedback.domain.Feedback;
import org.jumelage.feedback.domain.FeedbackDetails;
import org.jumelage.feedback.domain.FeedbackService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances on one database and one mail server (ADR 0035): a mail queued while the server is down waits, and
 * goes out once when it is back although both instances send. On an H2 database of this class's own, not tagged
 * {@code database}: on CI's shared PostgreSQL the other test classes' instances, which send to the log, would take the
 * mail from the outbox first.
 */
class TwoNodesMailTests {

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static GreenMail smtp;
    static int smtpPort;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String database = Instances.newDatabase("two-nodes-mail");
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        smtp = mailServer();
        // A refused mail is tried again at the next run (the wait is MailOutboxTests' subject).
        String[] mail = {
            "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort, "--jumelage.mail.retry-after=PT0S"
        };
        first = Instances.start(database, mail);
        second = Instances.start(database, mail);
    }

    private static GreenMail mailServer() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return server;
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aMailWaitsWhileTheServerIsDownAndGoesOutOnceWhenItIsBackThoughBothInstancesSend() throws Exception {
        String text = "Zwei Knoten: Mail während des Ausfalls " + UUID.randomUUID();
        smtp.stop();
        Feedback message;
        try {
            message = first.getBean(FeedbackService.class)
                    .submit(
                            new FeedbackDetails(text, null, null, null),
                            Locale.GERMAN,
                            "two-nodes-" + UUID.randomUUID());
            // The listener queued the mail (its event is done); the server refuses it, so it waits.
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from mail_outbox where body like ? and sent_at is null"
                                            + " and attempts >= 1",
                                    Integer.class,
                                    "%" + text + "%")
                            == 1);
        } finally {
            smtp = mailServer();
        }
        // Back: both instances look for waiting mails at the same moment (and every second besides); one sends it.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (ConfigurableApplicationContext instance : List.of(first, second)) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return sendDue(instance);
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> feedbackMails(text) >= 1);
        // Nothing is left to send: each run returns having sent nothing (they send synchronously).
        assertThat(sendDue(first)).hasToString("Run[sent=0, failed=0, givenUp=0]");
        assertThat(sendDue(second)).hasToString("Run[sent=0, failed=0, givenUp=0]");
        assertThat(feedbackMails(text)).isEqualTo(1);
        first.getBean(JdbcTemplate.class).update("delete from feedback where id = ?", message.getId());
    }

    private static Object sendDue(ConfigurableApplicationContext instance) throws Exception {
        Class<?> outbox = Class.forName("org.jumelage.mail.MailOutbox");
        var sendDue = outbox.getDeclaredMethod("sendDue");
        sendDue.setAccessible(true);
        return sendDue.invoke(instance.getBean(outbox));
    }

    /** Mails about the feedback message with this text that reached the mail server (since it last started). */
    private static long feedbackMails(String text) throws Exception {
        long count = 0;
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getSubject().startsWith("Jumelage: neue Meldung einer Barriere")
                    && mail.getContent().toString().contains(text)) {
                count++;
            }
        }
        return count;
    }
}
