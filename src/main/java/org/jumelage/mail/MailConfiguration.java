package org.jumelage.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
    MailTransport mailTransport(ObjectProvider<JavaMailSender> senders, MailOutbox.Settings settings) {
        return chooseTransport(senders.getIfAvailable(), settings.from());
    }

    /** {@code /actuator/health/mail} (group {@code mail}): see {@link MailOutbox#health()}. */
    @Bean
    org.springframework.boot.health.contributor.HealthIndicator mailDeliveryHealthIndicator(MailOutbox outbox) {
        return outbox.health();
    }

    static MailTransport chooseTransport(JavaMailSender sender, String from) {
        if (sender == null) {
            log.info("No mail server configured (spring.mail.host): mails are not sent, only noted in this log");
            // Never the addresses, the subject or the text: subjects name applicants, and logs are kept and shipped
            // elsewhere. How many recipients and characters is enough to see that a mail would have left.
            return (messageId, mail) -> log.info(
                    "Mail not sent (no mail server): {} recipient(s), a subject of {} and a text of {} characters,"
                            + " {} attachment(s)",
                    mail.to().size(),
                    mail.subject().length(),
                    mail.text().length(),
                    mail.attachments().size());
        }
        return (messageId, mail) -> send(sender, from, messageId, mail);
    }

    private static void send(JavaMailSender sender, String from, String messageId, OutgoingMail mail) {
        try {
            MimeMessage message =
                    messageId != null && sender instanceof org.springframework.mail.javamail.JavaMailSenderImpl smtp
                            ? new MimeMessage(smtp.getSession()) {
                                @Override
                                protected void updateMessageID() throws MessagingException {
                                    // The outbox's id, not a new one at each attempt.
                                    setHeader("Message-ID", messageId);
                                }
                            }
                            : sender.createMimeMessage();
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
            // Neither the subject (it may name a person) nor the server's message (it may name an address).
            throw new Mailer.MailNotSent(
                    "The mail server did not take the mail (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
