package org.jumelage.activities.domain;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.jumelage.activities.ActivityLevel;
import org.jumelage.activities.ActivityStatus;
import org.jumelage.activities.ActivityType;
import org.jumelage.activities.LessonRating;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;

/**
 * An activity (aggregate root): what, when and where, with whom, its programme and participants, its outcome and
 * lessons. Every change that a calendar shows raises the {@code sequence} (RFC 5545 SEQUENCE).
 */
@Entity
@jakarta.persistence.EntityListeners({org.jumelage.shared.ChangeCounter.class, org.jumelage.search.SearchFeed.class})
@org.jumelage.search.SearchTopic("activity")
@org.jumelage.shared.ChangeTopic("activities")
@org.hibernate.annotations.DynamicUpdate // the reminder job marks rows by a bulk update; an edit must not undo it
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String uid;

    @Enumerated(EnumType.STRING)
    private ActivityType type;

    @Enumerated(EnumType.STRING)
    private ActivityLevel level;

    @Column(name = "title_de")
    private String titleDe;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "description_de")
    private String descriptionDe;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "all_day")
    private boolean allDay;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private String place;

    /** The place's English name where it differs from the German one (Warschau, Warsaw); otherwise {@code null}. */
    @Column(name = "place_en")
    private String placeEn;

    private String venue;

    @Enumerated(EnumType.STRING)
    private ActivityStatus status;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "public_visible")
    private boolean publicVisible;

    @Column(name = "public_summary_de")
    private String publicSummaryDe;

    @Column(name = "public_summary_en")
    private String publicSummaryEn;

    @Column(name = "outcome_summary")
    private String outcomeSummary;

    @Column(name = "outcome_results")
    private String outcomeResults;

    @Column(name = "lessons_worked")
    private String lessonsWorked;

    @Column(name = "lessons_not_worked")
    private String lessonsNotWorked;

    @Column(name = "lessons_recommendation")
    private String lessonsRecommendation;

    @Enumerated(EnumType.STRING)
    private LessonRating rating;

    /** Whether a rating or a lesson is recorded: kept with every write, indexed for the lessons-learned list (V22). */
    @Column(name = "has_lessons")
    private boolean hasLessons;

    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void noteLessons() {
        hasLessons =
                rating != null || lessonsWorked != null || lessonsNotWorked != null || lessonsRecommendation != null;
    }

    private boolean example;

    @Column(name = "sequence_no")
    private int sequence;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "needs_erased")
    private boolean needsErased;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    // Small sets shown in every list: loaded with the activity, in batches for a page of activities.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "activity_city", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "city_id")
    private Set<Long> cityIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "activity_network", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "network_id")
    private Set<Long> networkIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "activity_unit", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "activity_theme", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "focus_code")
    private Set<String> themes = new HashSet<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("day, startTime, id")
    private List<ProgrammeItem> programme = new ArrayList<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Participant> participants = new ArrayList<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("done, dueDate, id")
    private List<FollowUpTask> tasks = new ArrayList<>();

    protected Activity() {}

    Activity(ActivityDetails details, ActivityStatus status, boolean example, String by, Instant now) {
        this.uid = UUID.randomUUID() + "@jumelage";
        this.status = status;
        this.example = example;
        this.createdAt = now;
        this.createdBy = by;
        apply(details);
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void edit(ActivityDetails details, String by, Instant now) {
        Schedule before = schedule();
        apply(details);
        if (!before.equals(details.schedule())) {
            remindedAt = null; // a new date deserves a new reminder
        }
        touch(by, now);
    }

    private void apply(ActivityDetails details) {
        if (details.cityIds().isEmpty() && details.networkIds().isEmpty()) {
            throw new RuleViolation("activity.error.partner");
        }
        if (details.publicVisible() && isBlank(details.publicSummaryDe())) {
            throw new RuleViolation("activity.error.publicSummary");
        }
        this.type = details.type();
        this.level = details.level();
        this.titleDe = details.titleDe();
        this.titleEn = details.titleEn();
        this.descriptionDe = details.descriptionDe();
        this.descriptionEn = details.descriptionEn();
        Schedule schedule = details.schedule();
        this.allDay = schedule.allDay();
        this.startDate = schedule.startDate();
        this.startTime = schedule.startTime();
        this.endDate = schedule.endDate();
        this.endTime = schedule.endTime();
        this.timeZone = schedule.zone().getId();
        this.startsAt = schedule.startsAt();
        this.endsAt = schedule.endsAt();
        this.place = details.place();
        this.placeEn = details.placeEn();
        this.venue = details.venue();
        this.cityIds.retainAll(details.cityIds());
        this.cityIds.addAll(details.cityIds());
        this.networkIds.retainAll(details.networkIds());
        this.networkIds.addAll(details.networkIds());
        this.unitIds.retainAll(details.unitIds());
        this.unitIds.addAll(details.unitIds());
        this.themes.retainAll(details.themes());
        this.themes.addAll(details.themes());
        this.publicVisible = details.publicVisible();
        this.publicSummaryDe = details.publicSummaryDe();
        this.publicSummaryEn = details.publicSummaryEn();
        // Programme days outside the new dates would be lost from view: refuse instead.
        for (ProgrammeItem item : programme) {
            if (!schedule.coversDay(item.getDay())) {
                throw new RuleViolation("activity.error.programmeOutside", item.getDay());
            }
        }
    }

    /** Moves the activity along: planned → confirmed → held; cancelled (with a reason) from planned or confirmed. */
    void changeStatus(ActivityStatus next, String reason, String by, Instant now) {
        if (next == status) {
            return;
        }
        if (status == ActivityStatus.CANCELLED || status == ActivityStatus.HELD) {
            throw RuleViolation.at("status", "activity.error.statusFinal");
        }
        if (next == ActivityStatus.CANCELLED) {
            if (isBlank(reason)) {
                throw RuleViolation.at("reason", "activity.error.cancelReason");
            }
            cancelReason = reason.strip();
        }
        if (next == ActivityStatus.PLANNED) {
            throw RuleViolation.at("status", "activity.error.statusBack");
        }
        status = next;
        touch(by, now);
    }

    void recordOutcome(Outcome outcome, String by, Instant now) {
        this.outcomeSummary = outcome.summary();
        this.outcomeResults = outcome.results();
        this.lessonsWorked = outcome.worked();
        this.lessonsNotWorked = outcome.didNotWork();
        this.lessonsRecommendation = outcome.recommendation();
        this.rating = outcome.rating();
        updatedAt = now;
        updatedBy = by;
    }

    ProgrammeItem addProgrammeItem(
            LocalDate day,
            LocalTime start,
            LocalTime end,
            String title,
            String venue,
            String responsible,
            String by,
            Instant now) {
        if (!schedule().coversDay(day)) {
            throw RuleViolation.at("day", "activity.error.programmeDay", startDate, endDate);
        }
        if (start != null && end != null && !end.isAfter(start)) {
            throw RuleViolation.at("end", "activity.error.endBeforeStart");
        }
        ProgrammeItem item = new ProgrammeItem(this, day, start, end, title, venue, responsible);
        programme.add(item);
        programme.sort(ProgrammeItem.ORDER);
        touch(by, now);
        return item;
    }

    void removeProgrammeItem(long itemId, String by, Instant now) {
        if (!programme.removeIf(item -> item.getId() == itemId)) {
            throw new NotFound("programme item", itemId);
        }
        touch(by, now);
    }

    Participant addParticipant(ParticipantDetails details, String by, Instant now) {
        if (details.accountId() != null
                && participants.stream().anyMatch(p -> details.accountId().equals(p.getAccountId()))) {
            throw RuleViolation.at("accountId", "activity.error.participantTwice");
        }
        Participant participant = new Participant(this, details);
        participants.add(participant);
        if (details.needs() != null && !details.needs().isBlank()) {
            needsErased = false; // needs recorded after an erasure are erased again by the next run
        }
        updatedAt = now;
        updatedBy = by;
        return participant;
    }

    void removeParticipant(long participantId, String by, Instant now) {
        if (!participants.removeIf(p -> p.getId() == participantId)) {
            throw new NotFound("participant", participantId);
        }
        updatedAt = now;
        updatedBy = by;
    }

    FollowUpTask addTask(String title, String owner, LocalDate due, String by, Instant now) {
        FollowUpTask task = new FollowUpTask(this, title, owner, due);
        tasks.add(task);
        updatedAt = now;
        updatedBy = by;
        return task;
    }

    void setTaskDone(long taskId, boolean done, String by, Instant now) {
        tasks.stream()
                .filter(t -> t.getId() == taskId)
                .findFirst()
                .orElseThrow(() -> new NotFound("task", taskId))
                .setDone(done);
        updatedAt = now;
        updatedBy = by;
    }

    /** Erases the participants' needs (personal data) once the retention period after the activity ended. */
    void eraseNeeds() {
        participants.forEach(Participant::eraseNeeds);
        needsErased = true;
    }

    /**
     * Erases a person from the activity on request (ADR 0037). An activity that has begun and was not cancelled is the
     * office's record of who took part: the entry stays, anonymised ({@link Participant#anonymise}), so that it still
     * counts them. From an activity that has not begun, or was cancelled, the entry goes.
     *
     * @return whether the entry stayed, anonymised
     */
    boolean eraseParticipant(long participantId, String by, Instant now) {
        Participant participant = participants.stream()
                .filter(p -> p.getId() == participantId)
                .findFirst()
                .orElseThrow(() -> new NotFound("participant", participantId));
        boolean kept = status != ActivityStatus.CANCELLED && !startsAt.isAfter(now);
        if (kept) {
            participant.anonymise(now);
        } else {
            participants.remove(participant);
        }
        updatedAt = now;
        updatedBy = by;
        return kept;
    }

    /**
     * Anonymises the participants the retention selects (ADR 0037), leaving those already anonymised alone.
     *
     * @return how many were anonymised
     */
    int anonymiseParticipants(java.util.function.Predicate<Participant> which, String by, Instant now) {
        int anonymised = 0;
        for (Participant participant : participants) {
            if (!participant.isAnonymised() && which.test(participant)) {
                participant.anonymise(now);
                anonymised++;
            }
        }
        if (anonymised > 0) {
            updatedAt = now;
            updatedBy = by;
        }
        return anonymised;
    }

    /**
     * Takes a person's name off the follow-up tasks given to them and the programme items they are responsible for
     * (erasure, ADR 0037); tasks and items stay. Names are free text, which {@code names} tells the person's from.
     *
     * @return how many tasks and items named the person
     */
    int unname(java.util.function.Predicate<String> names, String by, Instant now) {
        int changed = 0;
        for (FollowUpTask task : tasks) {
            if (task.getOwner() != null && names.test(task.getOwner())) {
                task.unassign();
                changed++;
            }
        }
        for (ProgrammeItem item : programme) {
            if (item.getResponsible() != null && names.test(item.getResponsible())) {
                item.clearResponsible();
                changed++;
            }
        }
        if (changed > 0) {
            updatedAt = now;
            updatedBy = by;
        }
        return changed;
    }

    private void touch(String by, Instant now) {
        this.updatedAt = now;
        this.updatedBy = by;
        sequence++;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public Schedule schedule() {
        return new Schedule(allDay, startDate, startTime, endDate, endTime, ZoneId.of(timeZone));
    }

    public String title(java.util.Locale locale) {
        return org.jumelage.shared.Localized.pick(locale, titleDe, titleEn);
    }

    public String description(java.util.Locale locale) {
        return org.jumelage.shared.Localized.pick(locale, descriptionDe, descriptionEn);
    }

    public String publicSummary(java.util.Locale locale) {
        return org.jumelage.shared.Localized.pick(locale, publicSummaryDe, publicSummaryEn);
    }

    public boolean isUpcoming(Instant now) {
        return endsAt.isAfter(now);
    }

    public List<LocalDate> days() {
        return startDate.datesUntil(endDate.plusDays(1)).toList();
    }

    public List<ProgrammeItem> programmeOn(LocalDate day) {
        return programme.stream().filter(item -> item.getDay().equals(day)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getUid() {
        return uid;
    }

    public ActivityType getType() {
        return type;
    }

    public ActivityLevel getLevel() {
        return level;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public boolean isAllDay() {
        return allDay;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getPlaceEn() {
        return placeEn;
    }

    /** The place's name in the reader's language: the English one where it was written, else the German one. */
    public String place(java.util.Locale locale) {
        return org.jumelage.shared.Localized.pick(locale, place, placeEn);
    }

    public String getVenue() {
        return venue;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public boolean isPublicVisible() {
        return publicVisible;
    }

    public String getPublicSummaryDe() {
        return publicSummaryDe;
    }

    public String getPublicSummaryEn() {
        return publicSummaryEn;
    }

    public String getOutcomeSummary() {
        return outcomeSummary;
    }

    public String getOutcomeResults() {
        return outcomeResults;
    }

    public String getLessonsWorked() {
        return lessonsWorked;
    }

    public String getLessonsNotWorked() {
        return lessonsNotWorked;
    }

    public String getLessonsRecommendation() {
        return lessonsRecommendation;
    }

    public LessonRating getRating() {
        return rating;
    }

    public boolean hasLessons() {
        return rating != null
                || !isBlank(lessonsWorked)
                || !isBlank(lessonsNotWorked)
                || !isBlank(lessonsRecommendation);
    }

    public boolean isExample() {
        return example;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public boolean isNeedsErased() {
        return needsErased;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    public Set<Long> getCityIds() {
        return Set.copyOf(cityIds);
    }

    public Set<Long> getNetworkIds() {
        return Set.copyOf(networkIds);
    }

    public Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }

    public Set<String> getThemes() {
        return Set.copyOf(themes);
    }

    public List<ProgrammeItem> getProgramme() {
        return List.copyOf(programme);
    }

    public List<Participant> getParticipants() {
        return List.copyOf(participants);
    }

    public List<FollowUpTask> getTasks() {
        return tasks.stream()
                .sorted(Comparator.comparing(FollowUpTask::isDone)
                        .thenComparing(FollowUpTask::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
