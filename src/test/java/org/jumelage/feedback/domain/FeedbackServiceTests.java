package org.jumelage.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"jumelage.feedback.max-per-hour=3", "jumelage.feedback.retention=P30D"})
@ActiveProfiles("test")
class FeedbackServiceTests {

    @Autowired
    FeedbackService service;

    @Autowired
    FeedbackRepository repository;

    private static FeedbackDetails message(String text) {
        return new FeedbackDetails(text, null, null, null);
    }

    @Test
    void aFloodFromOneClientIsRefusedOnceItsHourlyMaximumIsReachedWhileOthersStillWrite() {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        while (repository.countByClientAndReceivedAtAfter("198.51.100.13", anHourAgo) < 3) {
            service.submit(message("Die Karte ist zu klein."), Locale.GERMAN, "198.51.100.13");
        }
        long stored = repository.count();

        assertThatThrownBy(() -> service.submit(message("Noch eine."), Locale.GERMAN, "198.51.100.13"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("feedback.error.busy");
        assertThat(repository.count()).isEqualTo(stored);

        // Another visitor is not blocked by that flood.
        service.submit(message("Der Kontrast im Fuß ist zu schwach."), Locale.GERMAN, "198.51.100.14");
        assertThat(repository.count()).isEqualTo(stored + 1);
    }

    @Test
    void aSendersClientAddressIsErasedADayAfterTheMessageArrived() {
        Feedback old = repository.save(
                new Feedback(message("gestern"), "de", Instant.now().minus(Duration.ofHours(25)), "198.51.100.15"));
        Feedback fresh = repository.save(
                new Feedback(message("heute"), "de", Instant.now().minus(Duration.ofHours(2)), "198.51.100.16"));

        service.forgetClients();

        assertThat(repository.countByClientAndReceivedAtAfter("198.51.100.15", Instant.EPOCH))
                .isZero();
        assertThat(repository.countByClientAndReceivedAtAfter("198.51.100.16", Instant.EPOCH))
                .isEqualTo(1);
        assertThat(repository.findById(old.getId())).isPresent();
        assertThat(repository.findById(fresh.getId())).isPresent();
    }

    @Test
    void markingDoneNamesWhoAndWhenAndAStaleVersionChangesNothing() {
        Feedback saved = repository.save(new Feedback(
                message("Kontrast im Fußbereich"), "de", Instant.now().minus(Duration.ofHours(2))));

        assertThatThrownBy(() -> service.markDone(saved.getId(), saved.getVersion() + 1))
                .isInstanceOf(EditConflict.class);
        assertThat(service.get(saved.getId()).getStatus()).isEqualTo(Feedback.Status.NEW);

        service.markDone(saved.getId(), saved.getVersion());
        Feedback done = service.get(saved.getId());
        assertThat(done.getStatus()).isEqualTo(Feedback.Status.DONE);
        assertThat(done.getHandledBy()).isEqualTo("system");
        assertThat(done.getHandledAt()).isNotNull();
        assertThat(service.list(true)).extracting(Feedback::getId).doesNotContain(saved.getId());
        assertThat(service.list(false)).extracting(Feedback::getId).contains(saved.getId());
    }

    @Test
    void messagesDealtWithLongerAgoThanTheRetentionPeriodAreDeletedOthersStay() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(45));
        Feedback oldDone = new Feedback(message("alt und erledigt"), "de", longAgo);
        oldDone.markDone("admin", longAgo.plus(Duration.ofDays(1)));
        Feedback recentDone = new Feedback(message("erledigt, aber jung"), "de", longAgo);
        recentDone.markDone("admin", Instant.now().minus(Duration.ofDays(10)));
        Feedback oldOpen = new Feedback(message("alt, aber offen"), "en", longAgo);
        repository.save(oldDone);
        repository.save(recentDone);
        repository.save(oldOpen);

        assertThat(service.purge()).isEqualTo(1);

        assertThat(repository.findById(oldDone.getId())).isEmpty();
        assertThat(repository.findById(recentDone.getId())).isPresent();
        assertThat(repository.findById(oldOpen.getId())).isPresent();
    }

    @Test
    void aBlankMessageIsRefused() {
        long before = repository.count();
        assertThatThrownBy(() -> service.submit(message("   "), Locale.ENGLISH, "198.51.100.17"))
                .isInstanceOf(RuleViolation.class);
        assertThat(repository.count()).isEqualTo(before);
    }
}
