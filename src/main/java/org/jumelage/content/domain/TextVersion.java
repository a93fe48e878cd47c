package org.jumelage.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jumelage.content.TextKey;

/** One saved version of an editable text in one language. Versions are never changed, only superseded. */
@Entity
@jakarta.persistence.EntityListeners(org.jumelage.search.SearchFeed.class)
@org.jumelage.search.SearchTopic("site-text")
@Table(name = "text_block")
public class TextVersion implements org.jumelage.search.SearchRecord {

    public enum State {
        DRAFT,
        PUBLISHED,
        ARCHIVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "block_key")
    private TextKey key;

    private String locale;

    @Column(name = "version_no")
    private int number;

    private String markdown;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "saved_by")
    private String savedBy;

    @Column(name = "saved_at")
    private Instant savedAt;

    protected TextVersion() {}

    /** In the search, a version belongs to its text: the key's position, from 1. */
    @Override
    public long searchRecordId() {
        return key.ordinal() + 1L;
    }

    TextVersion(TextKey key, String locale, int number, String markdown, State state, String savedBy, Instant savedAt) {
        this.key = key;
        this.locale = locale;
        this.number = number;
        this.markdown = markdown;
        this.state = state;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    void archive() {
        if (state == State.PUBLISHED) {
            state = State.ARCHIVED;
        }
    }

    void discardDraft() {
        if (state == State.DRAFT) {
            state = State.ARCHIVED;
        }
    }

    public Long getId() {
        return id;
    }

    public TextKey getKey() {
        return key;
    }

    public String getLocale() {
        return locale;
    }

    public int getNumber() {
        return number;
    }

    public String getMarkdown() {
        return markdown;
    }

    public State getState() {
        return state;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String html() {
        return Markdown.toSafeHtml(markdown);
    }
}
