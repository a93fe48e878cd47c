package org.jumelage.exchange.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jumelage.shared.Localized;
import org.jumelage.shared.RuleViolation;

/** A call for applications: who may apply, until when (in the call's time zone), for stays of what length, when. */
@Entity
@Table(name = "exchange_call")
@jakarta.persistence.EntityListeners({org.jumelage.shared.ChangeCounter.class, org.jumelage.search.SearchFeed.class})
@org.jumelage.search.SearchTopic("call")
@org.jumelage.shared.ChangeTopic("exchange")
public class Call {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "title_de")
    private String titleDe;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "stays_from")
    private LocalDate staysFrom;

    @Column(name = "stays_to")
    private LocalDate staysTo;

    @Column(name = "min_weeks")
    private int minWeeks;

    @Column(name = "max_weeks")
    private int maxWeeks;

    @Column(name = "retention_months")
    private int retentionMonths;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "personal_data_erased_at")
    private Instant personalDataErasedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_unit", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "unit_id")
    private Set<Long> eligibleUnitIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_language", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    /** The published scoring rubric: a weight per criterion (issue 13). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @jakarta.persistence.MapKeyColumn(name = "criterion")
    @jakarta.persistence.MapKeyEnumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "weight")
    private java.util.Map<org.jumelage.exchange.Criterion, Integer> weights =
            new java.util.EnumMap<>(org.jumelage.exchange.Criterion.class);

    @Column(name = "double_scoring")
    private boolean doubleScoring;

    protected Call() {}

    Call(CallDetails details, Instant now) {
        apply(details, now);
        weights.putAll(org.jumelage.exchange.Criterion.defaultWeights());
    }

    /**
     * Publishes the rubric: a weight from 0 to {@link org.jumelage.exchange.Criterion#MAX_WEIGHT} for every criterion,
     * at least one above 0; and whether two people score each application. Refused once scoring has begun, so that
     * every application is scored by the same rubric.
     */
    void publishRubric(
            java.util.Map<org.jumelage.exchange.Criterion, Integer> newWeights,
            boolean twoScorers,
            boolean scoringBegun,
            Instant now) {
        if (scoringBegun) {
            throw new RuleViolation("rubric.error.scoringBegun");
        }
        int sum = 0;
        for (org.jumelage.exchange.Criterion criterion : org.jumelage.exchange.Criterion.values()) {
            Integer weight = newWeights.get(criterion);
            if (weight == null || weight < 0 || weight > org.jumelage.exchange.Criterion.MAX_WEIGHT) {
                throw new RuleViolation("rubric.error.weight", org.jumelage.exchange.Criterion.MAX_WEIGHT);
            }
            sum += weight;
        }
        if (sum == 0) {
            throw new RuleViolation("rubric.error.empty");
        }
        weights.clear();
        weights.putAll(newWeights);
        doubleScoring = twoScorers;
        updatedAt = now;
    }

    /** The rubric's weights, every criterion in order (0 for one not scored). */
    public java.util.Map<org.jumelage.exchange.Criterion, Integer> getWeights() {
        java.util.Map<org.jumelage.exchange.Criterion, Integer> all =
                new java.util.EnumMap<>(org.jumelage.exchange.Criterion.class);
        for (org.jumelage.exchange.Criterion criterion : org.jumelage.exchange.Criterion.values()) {
            all.put(criterion, weights.getOrDefault(criterion, 0));
        }
        return all;
    }

    /** The most points a scorecard can give under the rubric. */
    public int maxPoints() {
        return getWeights().values().stream().mapToInt(Integer::intValue).sum()
                * org.jumelage.exchange.Criterion.MAX_MARK;
    }

    public boolean isDoubleScoring() {
        return doubleScoring;
    }

    /** How many people score each application: two where the call asks for it. */
    public int scorersRequired() {
        return doubleScoring ? 2 : 1;
    }

    /** Checks the call's rules and takes its values. */
    void apply(CallDetails details, Instant now) {
        // A time that falls into the spring gap does not exist; one in the autumn overlap exists twice. Both are
        // refused rather than silently moved, because a deadline must mean exactly what it says.
        for (LocalDateTime time : new LocalDateTime[] {details.opens(), details.closes()}) {
            if (details.zone().getRules().getValidOffsets(time).size() != 1) {
                throw new RuleViolation(
                        "call.error.ambiguousTime", time.toString().replace('T', ' '));
            }
        }
        if (!details.closes()
                .atZone(details.zone())
                .toInstant()
                .isAfter(details.opens().atZone(details.zone()).toInstant())) {
            throw new RuleViolation("call.error.window");
        }
        if (details.staysTo().isBefore(details.staysFrom())) {
            throw new RuleViolation("call.error.stays");
        }
        if (details.minWeeks() < 1 || details.maxWeeks() < details.minWeeks()) {
            throw new RuleViolation("call.error.weeks");
        }
        long weeksAvailable =
                ChronoUnit.DAYS.between(details.staysFrom(), details.staysTo().plusDays(1)) / 7;
        if (details.maxWeeks() > weeksAvailable) {
            throw new RuleViolation("call.error.weeksWindow", weeksAvailable);
        }
        if (details.retentionMonths() < 1 || details.retentionMonths() > 120) {
            throw new RuleViolation("call.error.retention");
        }
        if (details.eligibleUnitIds().isEmpty()) {
            throw new RuleViolation("call.error.units");
        }
        for (String language : details.languages()) {
            if (!language.matches("[a-z]{2,3}")) {
                throw new RuleViolation("call.error.language", language);
            }
        }
        this.programmeId = details.programmeId();
        this.titleDe = details.titleDe();
        this.titleEn = details.titleEn();
        this.timeZone = details.zone().getId();
        this.opensAt = details.opens().atZone(details.zone()).toInstant();
        this.closesAt = details.closes().atZone(details.zone()).toInstant();
        this.staysFrom = details.staysFrom();
        this.staysTo = details.staysTo();
        this.minWeeks = details.minWeeks();
        this.maxWeeks = details.maxWeeks();
        this.retentionMonths = details.retentionMonths();
        this.eligibleUnitIds.retainAll(details.eligibleUnitIds());
        this.eligibleUnitIds.addAll(details.eligibleUnitIds());
        this.languages.retainAll(details.languages());
        this.languages.addAll(details.languages());
        this.updatedAt = now;
    }

    /** The day from which the call's personal data is erased: its retention period after the stays' window. */
    public LocalDate erasureDue() {
        return staysTo.plusDays(1).plusMonths(retentionMonths);
    }

    public boolean isErased() {
        return personalDataErasedAt != null;
    }

    public Instant getPersonalDataErasedAt() {
        return personalDataErasedAt;
    }

    void markErased(Instant now) {
        this.personalDataErasedAt = now;
    }

    /** Open for applications: on or after the opening and before the closing instant. */
    public boolean isOpen(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDateTime opensLocal() {
        return LocalDateTime.ofInstant(opensAt, zone());
    }

    public LocalDateTime closesLocal() {
        return LocalDateTime.ofInstant(closesAt, zone());
    }

    public String title(Locale locale) {
        return Localized.pick(locale, titleDe, titleEn);
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public LocalDate getStaysFrom() {
        return staysFrom;
    }

    public LocalDate getStaysTo() {
        return staysTo;
    }

    public int getMinWeeks() {
        return minWeeks;
    }

    public int getMaxWeeks() {
        return maxWeeks;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<Long> getEligibleUnitIds() {
        return Set.copyOf(eligibleUnitIds);
    }

    public Set<String> getLanguages() {
        return Set.copyOf(languages);
    }
}
