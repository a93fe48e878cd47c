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
    void aFloodOfMessagesIsRefusedOnceTheHourlyMaximumIsReachedAndNothingMoreIsStored() {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        while (repository.countByReceivedAtAfter(anHourAgo) < 3) {
            service.submit(message("Die Karte ist zu klein."), Locale.GERMAN);
        }
        long stored = repository.count();

        assertThatThrownBy(() -> service.submit(message("Noch eine."), Locale.GERMAN))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("feedback.error.busy");
        assertThat(repository.count()).isEqualTo(stored);
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
        assertThatThrownBy(() -> service.submit(message("   "), Locale.ENGLISH)).isInstanceOf(RuleViolation.class);
        assertThat(repository.count()).isEqualTo(before);
    }
}
