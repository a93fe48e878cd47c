package org.jumelage.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jumelage.shared.PersonalData.DataSubject;
import org.jumelage.shared.PersonalData.Item;
import org.jumelage.shared.PersonalData.Kept;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The outbox's part of a subject-access export and of an erasure (ADR 0037): the mails to a person's address (one of
 * several recipients too) and those naming it are found, in any case; sent and given-up ones are deleted on request,
 * a waiting one is kept so that it still reaches its recipients.
 */
@SpringBootTest
@ActiveProfiles("test")
class MailPersonalDataTests {

    @Autowired
    MailPersonalData personalData;

    @Autowired
    JdbcTemplate jdbc;

    private final Instant now = Instant.now();

    /** A mail in the outbox; a waiting one is due tomorrow, so that no run sends it meanwhile. */
    private long mail(String recipients, String subject, String body, int minutesAgo, String state) {
        Instant created = now.minus(Duration.ofMinutes(minutesAgo));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var insert = connection.prepareStatement(
                            "insert into mail_outbox (recipients, subject, body, created_at, attempts, next_attempt_at,"
                                    + " sent_at, abandoned_at) values (?, ?, ?, ?, 1, ?, ?, ?)",
                            new String[] {"id"});
                    insert.setString(1, recipients);
                    insert.setString(2, subject);
                    insert.setString(3, body);
                    insert.setTimestamp(4, Timestamp.from(created));
                    insert.setTimestamp(5, Timestamp.from(now.plus(Duration.ofDays(1))));
                    insert.setTimestamp(6, state.equals("sent") ? Timestamp.from(created.plusSeconds(5)) : null);
                    insert.setTimestamp(7, state.equals("givenUp") ? Timestamp.from(created.plusSeconds(5)) : null);
                    return insert;
                },
                key);
        return key.getKey().longValue();
    }

    private long count(String sql, Object... arguments) {
        Long value = jdbc.queryForObject(sql, Long.class, arguments);
        return value == null ? 0 : value;
    }

    @Test
    void theMailsToAndAboutAnAddressAreFoundAndThoseNotWaitingAreDeleted() {
        String address = "anna." + UUID.randomUUID() + "@example.org";
        String other = "bert." + UUID.randomUUID() + "@example.org";
        long sent = mail(other + "\n" + address.toUpperCase(Locale.ROOT), "Ihre Bewerbung", "Guten Tag", 50, "sent");
        jdbc.update(
                "insert into mail_outbox_attachment (mail_id, filename, content_type, content) values (?, ?, ?, ?)",
                sent,
                "termin.ics",
                "text/calendar",
                "BEGIN:VCALENDAR".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long givenUp = mail(address, "Erinnerung", "Bitte antworten", 40, "givenUp");
        long waiting = mail(address, "Neue Aufgabe", "Bitte entscheiden", 30, "waiting");
        long named = mail(other, "Rückmeldung zur Barrierefreiheit", "Absender: " + address + ".", 20, "sent");
        long longer = mail(other, "Rückmeldung", "Absender: x" + address, 10, "sent");
        DataSubject subject = new DataSubject(null, null, address.toUpperCase(Locale.ROOT));

        List<Item> found = personalData.about(subject);

        assertThat(found)
                .extracting(Item::id)
                .containsExactly(
                        String.valueOf(sent), String.valueOf(givenUp), String.valueOf(waiting), String.valueOf(named));
        assertThat(found.getFirst().values())
                .containsEntry("role", "recipient")
                .containsEntry("status", "sent")
                .containsEntry("recipients", 2)
                .containsEntry("subject", "Ihre Bewerbung")
                .containsEntry("text", "Guten Tag")
                .containsEntry("attachments", List.of("termin.ics (text/calendar, 15 bytes)"))
                .doesNotContainValue(other);
        assertThat(found.get(1).values()).containsEntry("status", "givenUp");
        assertThat(found.get(2).values()).containsEntry("status", "waiting");
        assertThat(found.get(3).values()).containsEntry("role", "named");

        List<Kept> kept = personalData.erase(subject);

        assertThat(kept).extracting(Kept::id).containsExactly(String.valueOf(waiting));
        assertThat(kept.getFirst().reason().de()).contains("jumelage.mail.retention", "7 Tage");
        assertThat(count("select count(*) from mail_outbox where id in (?, ?, ?)", sent, givenUp, named))
                .isZero();
        assertThat(count("select count(*) from mail_outbox_attachment where mail_id = ?", sent))
                .isZero();
        assertThat(count("select count(*) from mail_outbox where id in (?, ?)", waiting, longer))
                .isEqualTo(2);
        assertThat(personalData.about(subject)).extracting(Item::id).containsExactly(String.valueOf(waiting));
    }

    @Test
    void anAddressIsNamedOnlyWhereItStandsOnItsOwn() {
        assertThat(MailPersonalData.names("Absender: anna@example.org.", "anna@example.org"))
                .isTrue();
        assertThat(MailPersonalData.names("<Anna@Example.org>", "anna@example.org"))
                .isTrue();
        assertThat(MailPersonalData.names("xanna@example.org", "anna@example.org"))
                .isFalse();
        assertThat(MailPersonalData.names("anna@example.org.uk", "anna@example.org"))
                .isFalse();
        assertThat(MailPersonalData.names(null, "anna@example.org")).isFalse();
    }

    @Test
    void theProcessingDeclaresTheOutboxRetention() {
        assertThat(personalData.processing()).singleElement().satisfies(processing -> {
            assertThat(processing.erasure().de()).contains("jumelage.mail.retention", "7 Tage");
            assertThat(processing.erasure().en()).contains("jumelage.mail.retention", "7 days");
        });
    }
}
