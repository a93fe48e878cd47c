package org.jumelage.exchange.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.jumelage.exchange.Criterion;
import org.jumelage.shared.RuleViolation;

/**
 * One person's scoring of one shortlisted application under the call's rubric: a mark per weighted criterion, and the
 * points they give (the weighted sum). The office sees it; the applicant never does.
 */
@Entity
@Table(name = "application_score")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("exchange")
public class Scorecard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "scorer_id")
    private long scorerId;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "scorer_name")
    private String scorerName;

    private int points;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "comment_text")
    private String comment;

    @Column(name = "scored_at")
    private Instant scoredAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_score_mark", joinColumns = @JoinColumn(name = "score_id"))
    @MapKeyColumn(name = "criterion")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "mark")
    private Map<Criterion, Integer> marks = new EnumMap<>(Criterion.class);

    protected Scorecard() {}

    Scorecard(long applicationId, long scorerId, String scorerName) {
        this.applicationId = applicationId;
        this.scorerId = scorerId;
        this.scorerName = scorerName;
    }

    /**
     * Takes the marks under the rubric's weights: each weighted criterion needs a mark from 0 to {@link
     * Criterion#MAX_MARK}; a criterion the rubric does not weigh takes none.
     */
    void score(Map<Criterion, Integer> weights, Map<Criterion, Integer> given, String comment, Instant now) {
        Map<Criterion, Integer> taken = new EnumMap<>(Criterion.class);
        int sum = 0;
        for (Map.Entry<Criterion, Integer> weight : weights.entrySet()) {
            if (weight.getValue() == 0) {
                continue;
            }
            Integer mark = given.get(weight.getKey());
            if (mark == null || mark < 0 || mark > Criterion.MAX_MARK) {
                throw RuleViolation.at("marks[" + weight.getKey() + "]", "score.error.mark", Criterion.MAX_MARK);
            }
            taken.put(weight.getKey(), mark);
            sum += weight.getValue() * mark;
        }
        if (comment != null && comment.length() > 2000) {
            throw RuleViolation.at("comment", "score.error.comment");
        }
        marks.clear();
        marks.putAll(taken);
        this.points = sum;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.scoredAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getScorerId() {
        return scorerId;
    }

    public String getScorerName() {
        return scorerName;
    }

    public int getPoints() {
        return points;
    }

    public String getComment() {
        return comment;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    public long getVersion() {
        return version;
    }

    public Map<Criterion, Integer> getMarks() {
        return new EnumMap<>(marks.isEmpty() ? Map.of() : marks);
    }
}
