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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jumelage.shared.Localized;
import org.jumelage.shared.RuleViolation;

/**
 * A host placement within a call. Outgoing: at a partner city's administration, for Berlin's staff to apply to.
 * Incoming: a Berlin unit's hosting offer, for which partner cities nominate their staff.
 */
@Entity
@Table(name = "host_placement")
@jakarta.persistence.EntityListeners({org.jumelage.shared.ChangeCounter.class, org.jumelage.search.SearchFeed.class})
@org.jumelage.search.SearchTopic("placement")
@org.jumelage.shared.ChangeTopic("exchange")
public class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id")
    private long callId;

    @Column(name = "host_unit_id")
    private long hostUnitId;

    private boolean incoming;

    @Column(name = "topic_de")
    private String topicDe;

    @Column(name = "topic_en")
    private String topicEn;

    @Column(name = "description_de")
    private String descriptionDe;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    private int weeks;

    private int places;

    @org.jumelage.shared.Audited.Personal
    private String mentor;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "placement_language", joinColumns = @JoinColumn(name = "placement_id"))
    @OrderBy("language")
    private List<LanguageSkill> languages = new ArrayList<>();

    protected Placement() {}

    Placement(PlacementDetails details, boolean incoming, Call call, String createdBy, Instant now) {
        this.callId = details.callId();
        this.hostUnitId = details.hostUnitId();
        this.incoming = incoming;
        this.createdBy = createdBy;
        apply(details, call, now);
    }

    /** Checks the placement against its call (window and durations) and takes its values. */
    void apply(PlacementDetails details, Call call, Instant now) {
        if (details.periodTo().isBefore(details.periodFrom())) {
            throw new RuleViolation("placement.error.period");
        }
        if (details.periodFrom().isBefore(call.getStaysFrom())
                || details.periodTo().isAfter(call.getStaysTo())) {
            throw new RuleViolation("placement.error.window", call.getStaysFrom(), call.getStaysTo());
        }
        if (details.weeks() < call.getMinWeeks() || details.weeks() > call.getMaxWeeks()) {
            throw new RuleViolation("placement.error.weeks", call.getMinWeeks(), call.getMaxWeeks());
        }
        long available =
                ChronoUnit.DAYS.between(details.periodFrom(), details.periodTo().plusDays(1)) / 7;
        if (details.weeks() > available) {
            throw new RuleViolation("placement.error.weeksPeriod", available);
        }
        if (details.places() < 1 || details.places() > 50) {
            throw new RuleViolation("placement.error.places");
        }
        List<String> codes = new ArrayList<>();
        for (LanguageSkill skill : details.languages()) {
            if (skill.language() == null || !skill.language().matches("[a-z]{2,3}") || skill.level() == null) {
                throw new RuleViolation("placement.error.language");
            }
            if (codes.contains(skill.language())) {
                throw new RuleViolation("placement.error.languageTwice", skill.language());
            }
            codes.add(skill.language());
        }
        this.topicDe = details.topicDe().strip();
        this.topicEn = details.topicEn().strip();
        this.descriptionDe = blankToNull(details.descriptionDe());
        this.descriptionEn = blankToNull(details.descriptionEn());
        this.periodFrom = details.periodFrom();
        this.periodTo = details.periodTo();
        this.weeks = details.weeks();
        this.places = details.places();
        this.mentor = blankToNull(details.mentor());
        this.languages.clear();
        this.languages.addAll(details.languages());
        this.updatedAt = now;
    }

    /** The retention job erases the mentor's name with the call's other personal data. */
    void eraseMentor() {
        this.mentor = null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String topic(Locale locale) {
        return Localized.pick(locale, topicDe, topicEn);
    }

    public String description(Locale locale) {
        return Localized.pick(locale, descriptionDe, descriptionEn);
    }

    public Long getId() {
        return id;
    }

    public long getCallId() {
        return callId;
    }

    public long getHostUnitId() {
        return hostUnitId;
    }

    public boolean isIncoming() {
        return incoming;
    }

    public String getTopicDe() {
        return topicDe;
    }

    public String getTopicEn() {
        return topicEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public int getWeeks() {
        return weeks;
    }

    public int getPlaces() {
        return places;
    }

    public String getMentor() {
        return mentor;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }

    public List<LanguageSkill> getLanguages() {
        return List.copyOf(languages);
    }
}
