package org.jumelage.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.jumelage.content.TextKey;
import org.jumelage.shared.EditConflict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class TextServiceTests {

    @Autowired
    TextService texts;

    @Test
    void publishingKeepsThePreviousVersionRestorableAndTwoEditorsNeverOverwriteEachOther() {
        TextKey key = TextKey.OVERVIEW_FORMS;
        assertThat(texts.publishedHtml(key, Locale.ENGLISH)).isEmpty();

        texts.publish(key, "en", "First version.", 0);
        texts.saveDraft(key, "en", "A draft.", 1);
        assertThat(texts.publishedHtml(key, Locale.ENGLISH)).contains("<p>First version.</p>\n");

        // Two people opened version 2 (the draft); the first publishes, the second is refused.
        texts.publish(key, "en", "Second version.", 2);
        assertThatThrownBy(() -> texts.publish(key, "en", "Someone else's version.", 2))
                .isInstanceOf(EditConflict.class);
        assertThat(texts.publishedHtml(key, Locale.ENGLISH)).contains("<p>Second version.</p>\n");
        assertThat(texts.draft(key, "en")).isEmpty();

        long first = texts.history(key, "en").getLast().getId();
        texts.restore(key, "en", first, 3);
        assertThat(texts.publishedHtml(key, Locale.ENGLISH)).contains("<p>First version.</p>\n");
        assertThat(texts.history(key, "en"))
                .extracting(TextVersion::getState)
                .containsExactly(
                        TextVersion.State.PUBLISHED,
                        TextVersion.State.ARCHIVED,
                        TextVersion.State.ARCHIVED,
                        TextVersion.State.ARCHIVED);
        assertThat(texts.publishedHtml(key, Locale.GERMAN)).isEmpty();
    }
}
