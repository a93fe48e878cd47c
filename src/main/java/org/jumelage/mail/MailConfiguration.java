package org.jumelage.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Picks how mail leaves: over SMTP when Spring Boot configured a {@link JavaMailSender} ({@code spring.mail.host}),
 * otherwise only noted in the log (how many recipients, how long), so that a developer machine without a mail server
 * shows that a mail would have left, while no address, subject or text reaches the log.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    @Bean
    Mailer mailer(
            ObjectProvider<JavaMailSender> senders,
            @Value("${jumelage.mail.from}") String from,
            ObjectProvider<io.micrometer.core.instrument.MeterRegistry> metrics) {
        io.micrometer.core.instrument.MeterRegistry registry =
                metrics.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
        Mailer mailer = chooseMailer(senders.getIfAvailable(), from);
        // jumelage.mails{outcome=sent|failed}: a failed mail waits and is tried again (ADR 0032).
        io.micrometer.core.instrument.Counter sent = io.micrometer.core.instrument.Counter.builder("jumelage.mails")
                .description("Mails handed to the mail server (or the log), by outcome")
                .tag("outcome", "sent")
                .register(registry);
        io.micrometer.core.instrument.Counter failed = io.micrometer.core.instrument.Counter.builder("jumelage.mails")
                .description("Mails handed to the mail server (or the log), by outcome")
                .tag("outcome", "failed")
                .register(registry);
        return mail -> {
            try {
                mailer.send(mail);
            } catch (RuntimeException e) {
                failed.increment();
                lastFailed.set(true);
                throw e;
            }
            sent.increment();
            lastFailed.set(false);
        };
    }

    /** Whether the last mail failed: the mail health's state, known without asking the mail server. */
    private final java.util.concurrent.atomic.AtomicBoolean lastFailed =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * {@code /actuator/health/mail}: DOWN from a mail the server did not take until the next one it takes (mails wait
     * meanwhile and are tried again, ADR 0032). It never connects to the mail server itself, so that the public health
     * address cannot be used to make this installation open connections (Spring Boot's own mail indicator is off).
     */
    @Bean
    org.springframework.boot.health.contributor.HealthIndicator mailDeliveryHealthIndicator() {
        return () -> lastFailed.get()
                ? org.springframework.boot.health.contributor.Health.down().build()
                : org.springframework.boot.health.contributor.Health.up().build();
    }

    private static Mailer chooseMailer(JavaMailSender sender, String from) {
        if (sender == null) {
            log.info("No mail server configured (spring.mail.host): mails are not sent, only noted in this log");
            // Never the addresses, the subject or the text: subjects name applicants, and logs are kept and shipped
            // elsewhere. How many recipients and characters is enough to see that a mail would have left.
            return mail -> log.info(
                    "Mail not sent (no mail server): {} recipient(s), a subject of {} and a text of {} characters,"
                            + " {} attachment(s)",
                    mail.to().size(),
                    mail.subject().length(),
                    mail.text().length(),
                    mail.attachments().size());
        }
        return mail -> send(sender, from, mail);
    }

    private static void send(JavaMailSender sender, String from, OutgoingMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper =
                    new MimeMessageHelper(message, !mail.attachments().isEmpty(), StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to().toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), false);
            for (OutgoingMail.Attachment attachment : mail.attachments()) {
                helper.addAttachment(
                        attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            sender.send(message);
        } catch (MessagingException | MailException e) {
            throw new Mailer.MailNotSent("Mail '" + mail.subject() + "' was not sent: " + e.getMessage(), e);
        }
    }
}
