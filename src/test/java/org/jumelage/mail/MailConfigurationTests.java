package org.jumelage.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

/** Without a mail server, a mail is noted in the log without its recipients' addresses, its subject or its text. */
@ExtendWith(OutputCaptureExtension.class)
class MailConfigurationTests {

    @Test
    void theLogCountsRecipientsAndCharactersButNamesNoAddressNoSubjectAndNoText(CapturedOutput output) {
        io.micrometer.core.instrument.simple.SimpleMeterRegistry metrics =
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        Mailer mailer = new MailConfiguration()
                .mailer(
                        new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                        "office@example.org",
                        provider(metrics));

        mailer.send(new OutgoingMail(
                List.of("erika.muster@example.org", "max.mustermann@example.org"),
                "Erinnerung: Bewerbung von Erika Muster wartet auf Ihre Entscheidung",
                "Liebe Frau Muster, Ihre Vorgesetzte hat Ihre Bewerbung freigegeben. Gesundheit: Rollstuhl.",
                List.of(new OutgoingMail.Attachment(
                        "termin.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)))));

        assertThat(output.getOut())
                .contains("2 recipient(s), a subject of 67 and a text of 90 characters, 1 attachment(s)")
                .doesNotContain("Erika")
                .doesNotContain("erika.muster")
                .doesNotContain("max.mustermann")
                .doesNotContain("Liebe Frau Muster")
                .doesNotContain("Rollstuhl");
        assertThat(metrics.get("jumelage.mails")
                        .tag("outcome", "sent")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aMailTheServerDoesNotTakeIsCountedAsFailedAndThrown() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        org.springframework.mail.javamail.JavaMailSenderImpl sender =
                new org.springframework.mail.javamail.JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closed);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("sender", sender);
        io.micrometer.core.instrument.simple.SimpleMeterRegistry metrics =
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        MailConfiguration configuration = new MailConfiguration();
        Mailer mailer = configuration.mailer(
                beans.getBeanProvider(JavaMailSender.class), "office@example.org", provider(metrics));
        assertThat(configuration.mailDeliveryHealthIndicator().health().getStatus())
                .isEqualTo(org.springframework.boot.health.contributor.Status.UP);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> mailer.send(new OutgoingMail(List.of("a@example.org"), "Betreff", "Text")))
                .isInstanceOf(Mailer.MailNotSent.class);
        assertThat(metrics.get("jumelage.mails")
                        .tag("outcome", "failed")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(metrics.get("jumelage.mails")
                        .tag("outcome", "sent")
                        .counter()
                        .count())
                .isZero();
        assertThat(configuration.mailDeliveryHealthIndicator().health().getStatus())
                .as("the mail health says mails wait")
                .isEqualTo(org.springframework.boot.health.contributor.Status.DOWN);
    }

    private static org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry>
            provider(io.micrometer.core.instrument.MeterRegistry metrics) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("metrics", metrics);
        return beans.getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class);
    }
}
