package org.jumelage.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A visitor's message reaches every administrator by e-mail, through a real SMTP server. */
// The staff exchange's demo application waits for its supervisor, who would be reminded at start: not this test's mail.
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "jumelage.exchange.approval-reminder-after=P3650D"
        })
@ActiveProfiles("test")
class FeedbackMailTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    FeedbackService service;

    @Test
    void everyAdministratorGetsTheMessageOnceInBothLanguages() throws Exception {
        service.submit(
                new FeedbackDetails(
                        "Der Link „Zur Tabelle“ ist mit der Tastatur nicht erreichbar.",
                        "Karte",
                        "Erika Muster",
                        "erika@example.org"),
                Locale.GERMAN,
                "192.0.2.1");

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString))
                .containsExactly("admin@demo.jumelage.invalid");
        assertThat(mail.getSubject())
                .isEqualTo("Jumelage: neue Meldung einer Barriere / Jumelage: new accessibility feedback");
        assertThat(mail.getContent().toString())
                .contains("Der Link „Zur Tabelle“ ist mit der Tastatur nicht erreichbar.")
                .contains("Seite: Karte")
                .contains("E-mail: erika@example.org")
                .contains("http://localhost:8080/office/feedback");
    }
}
