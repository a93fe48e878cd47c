package org.jumelage.exchange.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jumelage.exchange.domain.EvaluationQuestion.Party;
import org.jumelage.shared.RuleViolation;

/**
 * A party's evaluation of a completed stay: asked once the stay is completed (the supervisor three months after its
 * end), reminded until answered, answered once. It keeps what the impact view counts without the stay, so that the
 * points survive the erasure of the stay's personal data (ADR 0024).
 */
@Entity
@Table(name = "evaluation_request")
@jakarta.persistence.EntityListeners({org.jumelage.shared.ChangeCounter.class, org.jumelage.search.SearchFeed.class})
@org.jumelage.search.SearchTopic("report")
@org.jumelage.shared.ChangeTopic("exchange")
public class EvaluationRequest {

    public enum Status {
        OPEN,
        ANSWERED
    }

    /** An answer to one question: points for a mark, a text for a text question. */
    @Embeddable
    public record Answer(
            @Column(name = "question_id") long questionId,
            Integer points,
            @Column(name = "text_answer") String text) {}

    static final int MAX_ANSWER = 4000;
    static final int MAX_REPORT = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stay_id")
    private Long stayId;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "year_no")
    private int year;

    @Enumerated(EnumType.STRING)
    private Party party;

    @Column(name = "respondent_id")
    private Long respondentId;

    @Column(name = "host_administration_id")
    private long hostAdministrationId;

    @Column(name = "berlin_unit_id")
    private long berlinUnitId;

    private int weeks;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int reminders;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @org.jumelage.shared.Audited.Personal
    private String report;

    private boolean consent;

    private boolean published;

    @org.jumelage.shared.Audited.Personal
    @ElementCollection
    @CollectionTable(name = "evaluation_answer", joinColumns = @JoinColumn(name = "request_id"))
    private List<Answer> answers = new ArrayList<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected EvaluationRequest() {}

    EvaluationRequest(Stay stay, long programmeId, Party party, Long respondentId, LocalDate dueOn, Instant now) {
        this.stayId = stay.getId();
        this.programmeId = programmeId;
        this.year = stay.getStartsOn().getYear();
        this.party = party;
        this.respondentId = respondentId;
        this.hostAdministrationId = stay.getAdministrationId();
        this.berlinUnitId = stay.getBerlinUnitId();
        this.weeks = stay.weeks();
        this.dueOn = dueOn;
        this.status = Status.OPEN;
        this.updatedAt = now;
    }

    /**
     * Takes the answers: every mark question answered from 1 to 5, texts at most {@link #MAX_ANSWER} characters; the
     * participant's report and their consent to publish it. Answered once.
     */
    void answer(List<EvaluationQuestion> questions, List<Answer> given, String report, boolean consent, Instant now) {
        if (status == Status.ANSWERED) {
            throw new RuleViolation("evaluation.error.answered");
        }
        List<Answer> kept = new ArrayList<>();
        for (EvaluationQuestion question : questions) {
            Answer answer = given.stream()
                    .filter(a -> a.questionId() == question.getId())
                    .findFirst()
                    .orElse(null);
            if (question.getKind() == EvaluationQuestion.Kind.SCALE) {
                if (answer == null || answer.points() == null || answer.points() < 1 || answer.points() > 5) {
                    throw RuleViolation.at("answers[" + question.getId() + "]", "evaluation.error.points");
                }
                kept.add(new Answer(question.getId(), answer.points(), null));
            } else if (answer != null && answer.text() != null && !answer.text().isBlank()) {
                if (answer.text().strip().length() > MAX_ANSWER) {
                    throw RuleViolation.at(
                            "answers[" + question.getId() + "]", "evaluation.error.textLength", MAX_ANSWER);
                }
                kept.add(new Answer(question.getId(), null, answer.text().strip()));
            }
        }
        String text = report == null || report.isBlank() ? null : report.strip();
        if (text != null && party != Party.PARTICIPANT) {
            throw new RuleViolation("evaluation.error.reportParty");
        }
        if (text != null && text.length() > MAX_REPORT) {
            throw RuleViolation.at("report", "evaluation.error.reportLength", MAX_REPORT);
        }
        if (consent && text == null) {
            throw RuleViolation.at("consent", "evaluation.error.consentWithoutReport");
        }
        this.answers.clear();
        this.answers.addAll(kept);
        this.report = text;
        this.consent = consent;
        this.status = Status.ANSWERED;
        this.answeredAt = now;
        this.updatedAt = now;
    }

    void reminded(Instant now) {
        this.reminders++;
        this.remindedAt = now;
    }

    /** The office publishes a report its author consented to publish, or takes it back. */
    void publish(boolean publish, Instant now) {
        if (publish && (report == null || !consent)) {
            throw new RuleViolation("evaluation.error.noConsent");
        }
        this.published = publish;
        this.updatedAt = now;
    }

    /** The author withdraws consent: the report is no longer published. */
    void withdrawConsent(Instant now) {
        this.consent = false;
        this.published = false;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getStayId() {
        return stayId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public int getYear() {
        return year;
    }

    public Party getParty() {
        return party;
    }

    public Long getRespondentId() {
        return respondentId;
    }

    public long getHostAdministrationId() {
        return hostAdministrationId;
    }

    public long getBerlinUnitId() {
        return berlinUnitId;
    }

    public int getWeeks() {
        return weeks;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }

    public int getReminders() {
        return reminders;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getReport() {
        return report;
    }

    public boolean isConsent() {
        return consent;
    }

    public boolean isPublished() {
        return published;
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }

    public long getVersion() {
        return version;
    }
}
