package org.jumelage.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Without a mail server, a mail is noted in the log without its recipients' addresses, its subject or its text; a
 * mail server's refusal says neither either.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailConfigurationTests {

    private static final OutgoingMail MAIL = new OutgoingMail(
            List.of("erika.muster@example.org", "max.mustermann@example.org"),
            "Erinnerung: Bewerbung von Erika Muster wartet auf Ihre Entscheidung",
            "Liebe Frau Muster, Ihre Vorgesetzte hat Ihre Bewerbung freigegeben. Gesundheit: Rollstuhl.",
            List.of(new OutgoingMail.Attachment(
                    "termin.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8))));

    @Test
    void theLogCountsRecipientsAndCharactersButNamesNoAddressNoSubjectAndNoText(CapturedOutput output) {
        MailConfiguration.chooseTransport(null, "office@example.org").deliver("<jumelage.1.2@example.org>", MAIL);

        assertThat(output.getOut())
                .contains("2 recipient(s), a subject of 67 and a text of 90 characters, 1 attachment(s)")
                .doesNotContain("Erika")
                .doesNotContain("erika.muster")
                .doesNotContain("max.mustermann")
                .doesNotContain("Liebe Frau Muster")
                .doesNotContain("Rollstuhl");
    }

    @Test
    void aMailTheServerDoesNotTakeIsRefusedWithoutNamingWhoOrWhat() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closed);

        assertThatThrownBy(() -> MailConfiguration.chooseTransport(sender, "office@example.org")
                        .deliver("<jumelage.1.2@example.org>", MAIL))
                .isInstanceOf(Mailer.MailNotSent.class)
                .message()
                .doesNotContain("Erika")
                .doesNotContain("example.org")
                .contains("did not take the mail");
    }
}
