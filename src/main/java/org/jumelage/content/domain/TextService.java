package org.jumelage.content.domain;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jumelage.content.SiteTexts;
import org.jumelage.content.TextKey;
import org.jumelage.people.JumelageUser;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the public site's texts: save a draft, publish, restore an earlier version. Each change names the latest
 * version the person saw, so two people editing the same text never overwrite each other unnoticed.
 */
@Service
@Transactional
public class TextService implements SiteTexts {

    static final int MAX_LENGTH = 20_000;

    private final TextVersionRepository versions;
    private final Clock clock;
    private final MessageSource messages;

    TextService(TextVersionRepository versions, Clock clock, MessageSource messages) {
        this.versions = versions;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> publishedHtml(TextKey key, Locale locale) {
        return published(key, locale.getLanguage()).map(TextVersion::html);
    }

    @Override
    @Transactional(readOnly = true)
    public String html(TextKey key, Locale locale) {
        return publishedHtml(key, locale).orElseGet(() -> Markdown.toSafeHtml(defaultText(key, locale.getLanguage())));
    }

    /** The product's own text for a key, shown until the office publishes one and offered as its starting point. */
    public String defaultText(TextKey key, String locale) {
        return messages.getMessage(key.fallbackMessage(), null, "", Locale.forLanguageTag(locale));
    }

    @Override
    @Transactional(readOnly = true)
    public String changeStamp() {
        return versions.findChangeStamp();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> lastPublished() {
        return Optional.ofNullable(versions.findLastPublished());
    }

    @Transactional(readOnly = true)
    public Optional<TextVersion> published(TextKey key, String locale) {
        return versions.findFirstByKeyAndLocaleAndState(key, locale, TextVersion.State.PUBLISHED);
    }

    @Transactional(readOnly = true)
    public Optional<TextVersion> draft(TextKey key, String locale) {
        return versions.findFirstByKeyAndLocaleAndState(key, locale, TextVersion.State.DRAFT);
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<TextVersion> history(TextKey key, String locale) {
        return versions.findByKeyAndLocaleOrderByNumberDesc(key, locale);
    }

    /** The number of the newest version, 0 where there is none: what an editor opened the text on. */
    @Transactional(readOnly = true)
    public int latestNumber(TextKey key, String locale) {
        return history(key, locale).stream()
                .findFirst()
                .map(TextVersion::getNumber)
                .orElse(0);
    }

    public TextVersion saveDraft(TextKey key, String locale, String markdown, int basedOn) {
        return save(key, locale, markdown, basedOn, TextVersion.State.DRAFT);
    }

    public TextVersion publish(TextKey key, String locale, String markdown, int basedOn) {
        return save(key, locale, markdown, basedOn, TextVersion.State.PUBLISHED);
    }

    /** Publishes an earlier version's text again, as a new version. */
    public TextVersion restore(TextKey key, String locale, long versionId, int basedOn) {
        TextVersion earlier = versions.findById(versionId)
                .filter(version ->
                        version.getKey() == key && version.getLocale().equals(locale))
                .orElseThrow(() -> new NotFound("text version", versionId));
        return publish(key, locale, earlier.getMarkdown(), basedOn);
    }

    private TextVersion save(TextKey key, String locale, String markdown, int basedOn, TextVersion.State state) {
        if (!List.of("de", "en").contains(locale)) {
            throw new NotFound("text language", locale);
        }
        if (markdown == null || markdown.isBlank()) {
            throw RuleViolation.at("markdown", "text.error.empty");
        }
        if (markdown.length() > MAX_LENGTH) {
            throw RuleViolation.at("markdown", "text.error.tooLong", MAX_LENGTH);
        }
        int latest = latestNumber(key, locale);
        if (latest != basedOn) {
            throw new EditConflict("text " + key + "/" + locale, basedOn, latest);
        }
        draft(key, locale).ifPresent(TextVersion::discardDraft);
        if (state == TextVersion.State.PUBLISHED) {
            published(key, locale).ifPresent(TextVersion::archive);
        }
        versions.flush();
        return versions.save(new TextVersion(
                key, locale, latest + 1, markdown, state, JumelageUser.currentUsername(), clock.instant()));
    }
}
