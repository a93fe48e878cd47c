package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.jumelage.shared.Localized;
import org.jumelage.shared.RuleViolation;

/**
 * A question a programme asks one party after a stay: a mark from 1 to 5 or a text. A question is never edited once
 * asked (its answers would change meaning); the office retires it and adds another.
 */
@Entity
@Table(name = "evaluation_question")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("exchange")
public class EvaluationQuestion {

    /** Who answers after a stay: its participant, the host administration, the participant's supervisor. */
    public enum Party {
        PARTICIPANT,
        HOST,
        SUPERVISOR
    }

    /** A mark from 1 (not at all) to 5 (fully), or a text. */
    public enum Kind {
        SCALE,
        TEXT
    }

    static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Enumerated(EnumType.STRING)
    private Party party;

    private int position;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "text_de")
    private String textDe;

    @Column(name = "text_en")
    private String textEn;

    private boolean retired;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected EvaluationQuestion() {}

    EvaluationQuestion(long programmeId, Party party, int position, Kind kind, String de, String en, Instant now) {
        if (party == null) {
            throw RuleViolation.at("party", "question.error.party");
        }
        if (kind == null) {
            throw RuleViolation.at("kind", "question.error.kind");
        }
        this.programmeId = programmeId;
        this.party = party;
        this.position = position;
        this.kind = kind;
        this.textDe = checked("textDe", de);
        this.textEn = checked("textEn", en);
        this.updatedAt = now;
    }

    private static String checked(String field, String text) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.at(field, "question.error.text");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw RuleViolation.at(field, "question.error.textLength", MAX_TEXT);
        }
        return text.strip();
    }

    void retire(Instant now) {
        this.retired = true;
        this.updatedAt = now;
    }

    public String text(Locale locale) {
        return Localized.pick(locale, textDe, textEn);
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public Party getParty() {
        return party;
    }

    public int getPosition() {
        return position;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTextDe() {
        return textDe;
    }

    public String getTextEn() {
        return textEn;
    }

    public boolean isRetired() {
        return retired;
    }

    public long getVersion() {
        return version;
    }
}
