package org.jumelage.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.test.context.ActiveProfiles;

/**
 * The feedback form's part of a subject-access export and of an erasure (ADR 0037): a sender's messages are found by
 * the address they gave, in any case; on request a message dealt with is deleted, one not yet dealt with loses who
 * sent it and keeps the barrier it reports.
 */
@SpringBootTest
@ActiveProfiles("test")
class FeedbackPersonalDataTests {

    @Autowired
    FeedbackPersonalData personalData;

    @Autowired
    FeedbackRepository repository;

    private Feedback save(String message, String email, boolean done) {
        Feedback feedback = new Feedback(
                new FeedbackDetails(message, "/de/partnerschaften", "Mara Melder", email),
                "de",
                Instant.now().minus(Duration.ofHours(2)),
                "198.51.100.40");
        if (done) {
            feedback.markDone("admin", Instant.now().minus(Duration.ofHours(1)));
        }
        return repository.save(feedback);
    }

    @Test
    void aSendersMessagesAreFoundByTheirAddressInAnyCaseAndOnlyThoseDealtWithAreDeleted() {
        String address = "mara." + UUID.randomUUID() + "@example.org";
        Feedback done = save("Die Karte lässt sich nicht mit der Tastatur bedienen.", address, true);
        Feedback open = save("Der Kontrast der Links ist zu schwach.", address, false);
        Feedback typedOtherwise = save("Das PDF hat keine Überschriften.", address.toUpperCase(Locale.ROOT), true);
        Feedback someoneElse = save("Die Tabelle hat keine Beschriftung.", "x" + address, false);
        DataSubject subject = new DataSubject(null, null, " " + address.toUpperCase(Locale.ROOT));

        List<Item> found = personalData.about(subject);

        assertThat(found)
                .extracting(Item::id)
                .containsExactly(
                        String.valueOf(done.getId()),
                        String.valueOf(open.getId()),
                        String.valueOf(typedOtherwise.getId()));
        assertThat(found.get(1).values())
                .containsEntry("message", "Der Kontrast der Links ist zu schwach.")
                .containsEntry("senderName", "Mara Melder")
                .containsEntry("senderEmail", address)
                .containsEntry("clientAddress", "198.51.100.40")
                .containsEntry("status", "NEW");

        List<Kept> kept = personalData.erase(subject);

        assertThat(kept)
                .extracting(Kept::kind, Kept::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Feedback", String.valueOf(open.getId())));
        assertThat(kept.getFirst().reason().de()).contains("Barriere");
        assertThat(repository.findById(done.getId())).isEmpty();
        assertThat(repository.findById(typedOtherwise.getId())).isEmpty();
        Feedback anonymous = repository.findById(open.getId()).orElseThrow();
        assertThat(anonymous.getMessage()).isEqualTo("Der Kontrast der Links ist zu schwach.");
        assertThat(anonymous.getPage()).isEqualTo("/de/partnerschaften");
        assertThat(anonymous.getSenderName()).isNull();
        assertThat(anonymous.getSenderEmail()).isNull();
        assertThat(anonymous.getClient()).isNull();
        assertThat(anonymous.getStatus()).isEqualTo(Feedback.Status.NEW);
        Feedback untouched = repository.findById(someoneElse.getId()).orElseThrow();
        assertThat(untouched.getSenderEmail()).isEqualTo("x" + address);
        assertThat(untouched.getSenderName()).isEqualTo("Mara Melder");
        assertThat(personalData.about(subject)).isEmpty();
    }

    @Test
    void whoDealtWithAMessageIsListedAndKeptUntilTheMessageIsDeleted() {
        String username = "pruefer-" + UUID.randomUUID();
        Feedback handled = new Feedback(
                new FeedbackDetails("Die Schrift ist zu klein.", null, null, null),
                "en",
                Instant.now().minus(Duration.ofDays(2)));
        handled.markDone(username, Instant.now().minus(Duration.ofDays(1)));
        handled = repository.save(handled);
        DataSubject subject = new DataSubject(Long.MAX_VALUE, username.toUpperCase(Locale.ROOT), null);

        assertThat(personalData.about(subject))
                .extracting(Item::kind, Item::id)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FeedbackHandled", String.valueOf(handled.getId())));

        List<Kept> kept = personalData.erase(subject);

        assertThat(kept).extracting(Kept::kind).containsExactly("FeedbackHandled");
        assertThat(kept.getFirst().id()).isEqualTo(String.valueOf(handled.getId()));
        assertThat(repository.findById(handled.getId()).orElseThrow().getHandledBy())
                .isEqualTo(username);
    }

    @Test
    void theProcessingDeclaresTheRetention() {
        assertThat(personalData.processing()).singleElement().satisfies(processing -> {
            assertThat(processing.erasure().de()).contains("jumelage.feedback.retention", "90 Tage");
            assertThat(processing.erasure().en()).contains("jumelage.feedback.retention", "90 days");
            assertThat(processing.legalBasis().de()).contains("Art. 6 Abs. 1 lit. e DSGVO");
        });
    }
}
