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
        Mailer mailer = new MailConfiguration()
                .mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "office@example.org");

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
    }
}
