package org.jumelage.exchange.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.shared.RuleViolation;

/**
 * An employee's application to a call, from the draft to the shortlist. Every change of status goes through {@link
 * #move}, which checks where the application stands and writes one step of its history; the version makes two
 * people taking the same step at once end in one transition and a conflict.
 */
@Entity
@Table(name = "exchange_application")
@jakarta.persistence.EntityListeners({org.jumelage.shared.ChangeCounter.class, org.jumelage.search.SearchFeed.class})
@org.jumelage.search.SearchTopic("application")
@org.jumelage.shared.ChangeTopic("exchange")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id")
    private long callId;

    @Column(name = "applicant_id")
    private Long applicantId;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "applicant_name")
    private String applicantName;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "applicant_email")
    private String applicantEmail;

    @Column(name = "home_unit_id")
    private long homeUnitId;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "position_title")
    private String position;

    @org.jumelage.shared.Audited.Personal
    private String motivation;

    @org.jumelage.shared.Audited.Personal
    private String objectives;

    @Column(name = "preferred_from")
    private LocalDate preferredFrom;

    @Column(name = "preferred_to")
    private LocalDate preferredTo;

    private Integer weeks;

    @Column(name = "supervisor_id")
    private Long supervisorId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    @Column(name = "status_since")
    private Instant statusSince;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    /** "call:applicant" while the application is live; unique in the database, cleared when it is withdrawn. */
    @Column(name = "live_key")
    private String liveKey;

    @Version
    private long version;

    @org.jumelage.shared.Audited.Personal
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_language", joinColumns = @JoinColumn(name = "application_id"))
    private Set<LanguageSkill> languages = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_choice", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "rank_no")
    @Column(name = "placement_id")
    private List<Long> choices = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "application_id", nullable = false)
    @OrderBy("seq")
    private Set<ApplicationStep> steps = new LinkedHashSet<>();

    protected Application() {}

    Application(long callId, long applicantId, String name, String email, long homeUnitId, Instant now) {
        this.callId = callId;
        this.applicantId = applicantId;
        this.applicantName = name;
        this.applicantEmail = email;
        this.homeUnitId = homeUnitId;
        this.status = ApplicationStatus.DRAFT;
        this.statusSince = now;
        this.createdAt = now;
        this.liveKey = callId + ":" + applicantId;
        steps.add(new ApplicationStep(1, null, ApplicationStatus.DRAFT, applicantId, name, null, now));
    }

    /** Takes the applicant's values; only a draft can be changed. Format rules are checked, completeness is not. */
    void updateDraft(ApplicationDetails details) {
        if (status != ApplicationStatus.DRAFT) {
            throw new RuleViolation("application.error.notDraft");
        }
        List<Long> chosen = details.choices() == null ? List.of() : details.choices();
        if (chosen.size() > ApplicationDetails.MAX_CHOICES) {
            throw new RuleViolation("application.error.tooManyChoices", ApplicationDetails.MAX_CHOICES);
        }
        if (chosen.stream().distinct().count() != chosen.size()) {
            throw new RuleViolation("application.error.choiceTwice");
        }
        if (details.preferredFrom() != null
                && details.preferredTo() != null
                && details.preferredTo().isBefore(details.preferredFrom())) {
            throw new RuleViolation("application.error.period");
        }
        List<LanguageSkill> skills = details.languages() == null ? List.of() : details.languages();
        if (skills.stream().map(LanguageSkill::language).distinct().count() != skills.size()) {
            throw new RuleViolation("application.error.languageTwice");
        }
        if (details.homeUnitId() != null) {
            this.homeUnitId = details.homeUnitId();
        }
        this.position = blankToNull(details.position());
        this.motivation = blankToNull(details.motivation());
        this.objectives = blankToNull(details.objectives());
        this.preferredFrom = details.preferredFrom();
        this.preferredTo = details.preferredTo();
        this.weeks = details.weeks();
        this.supervisorId = details.supervisorId();
        this.languages.clear();
        this.languages.addAll(skills);
        this.choices.clear();
        this.choices.addAll(chosen);
    }

    /**
     * Moves the application on and records the step. Refused when it no longer stands where the person saw it (the
     * step was taken meanwhile, by them in another tab or by someone else).
     */
    ApplicationStep move(
            ApplicationStatus expected,
            ApplicationStatus to,
            Long actorId,
            String actorName,
            String reason,
            Instant now) {
        if (status != expected) {
            throw new RuleViolation("application.error.moved");
        }
        ApplicationStep step =
                new ApplicationStep(steps.size() + 1, status, to, actorId, actorName, blankToNull(reason), now);
        steps.add(step);
        if (to == ApplicationStatus.SUBMITTED) {
            submittedAt = now;
        }
        status = to;
        statusSince = now;
        remindedAt = null;
        if (to == ApplicationStatus.WITHDRAWN) {
            liveKey = null;
        }
        return step;
    }

    /** What is missing for a submission, as message keys; empty when the application is complete. */
    List<String> missingForSubmission() {
        List<String> missing = new ArrayList<>();
        if (position == null) {
            missing.add("position");
        }
        if (languages.isEmpty()) {
            missing.add("languages");
        }
        if (motivation == null) {
            missing.add("motivation");
        }
        if (objectives == null) {
            missing.add("objectives");
        }
        if (choices.isEmpty()) {
            missing.add("choices");
        }
        if (preferredFrom == null || preferredTo == null) {
            missing.add("preferredFrom");
        }
        if (weeks == null) {
            missing.add("weeks");
        }
        if (supervisorId == null) {
            missing.add("supervisorId");
        }
        return missing;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getCallId() {
        return callId;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public long getHomeUnitId() {
        return homeUnitId;
    }

    public String getPosition() {
        return position;
    }

    public String getMotivation() {
        return motivation;
    }

    public String getObjectives() {
        return objectives;
    }

    public LocalDate getPreferredFrom() {
        return preferredFrom;
    }

    public LocalDate getPreferredTo() {
        return preferredTo;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<LanguageSkill> getLanguages() {
        return languages.stream()
                .sorted(Comparator.comparing(LanguageSkill::language))
                .toList();
    }

    public List<Long> getChoices() {
        return List.copyOf(choices);
    }

    public List<ApplicationStep> getSteps() {
        return steps.stream()
                .sorted(Comparator.comparingInt(ApplicationStep::getSeq))
                .toList();
    }
}
