package org.jumelage.partners.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.ResponsibilityRole;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.PartialDate;
import org.jumelage.shared.RuleViolation;

/**
 * The relationship between our city and a partner city: the aggregate root of the registry. Every change goes
 * through a method here, which checks the rules and stamps who changed it and when, so the version increases and a
 * concurrent edit is detected.
 */
@Entity
@jakarta.persistence.EntityListeners({org.jumelage.shared.ChangeCounter.class, org.jumelage.search.SearchFeed.class})
@org.jumelage.search.SearchTopic("relationship")
@org.jumelage.shared.ChangeTopic("registry")
public class Relationship {

    private static final Comparator<PartialDate> BY_DATE =
            Comparator.nullsLast(Comparator.comparing(PartialDate::date));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "city_id")
    private City city;

    @Enumerated(EnumType.STRING)
    private RelationshipType type;

    // Who holds it on our side: one of the city's administrations (a unit of people, by id), or null for the city as
    // a whole. One relationship per city, type and holder (RegistryService, and the database's unique constraint).
    @Column(name = "holder_unit_id")
    private Long holderUnitId;

    @Enumerated(EnumType.STRING)
    private RelationshipStatus status;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "date", column = @Column(name = "status_since_value")),
        @AttributeOverride(name = "precision", column = @Column(name = "status_since_precision"))
    })
    private PartialDate statusSince;

    // Kept in step with the instruments, so that lists can sort and filter by it.
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "date", column = @Column(name = "first_instrument_value")),
        @AttributeOverride(name = "precision", column = @Column(name = "first_instrument_precision"))
    })
    private PartialDate firstInstrument;

    private String notes;

    @Column(name = "public_visible")
    private boolean publicVisible;

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

    @jakarta.persistence.OrderBy("id")
    @OneToMany(mappedBy = "relationship", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<StatusChange> statusChanges = new ArrayList<>();

    @jakarta.persistence.OrderBy("id")
    @OneToMany(mappedBy = "relationship", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Instrument> instruments = new ArrayList<>();

    // In the order they were added, on every database and after a restore (the API's answers and ETags depend on it).
    @jakarta.persistence.OrderBy("id")
    @OneToMany(mappedBy = "relationship", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<FocusEntry> focusEntries = new ArrayList<>();

    @jakarta.persistence.OrderBy("id")
    @OneToMany(mappedBy = "relationship", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Responsibility> responsibilities = new ArrayList<>();

    @jakarta.persistence.OrderBy("id")
    @OneToMany(mappedBy = "relationship", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Contact> contacts = new ArrayList<>();

    protected Relationship() {}

    Relationship(
            City city,
            RelationshipType type,
            Long holderUnitId,
            RelationshipStatus initialStatus,
            PartialDate statusSince,
            String initialReason,
            String notes,
            boolean publicVisible,
            String by,
            Instant now) {
        this.city = Objects.requireNonNull(city);
        this.type = Objects.requireNonNull(type);
        this.holderUnitId = holderUnitId;
        this.notes = notes;
        this.publicVisible = publicVisible;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
        this.status = Objects.requireNonNull(initialStatus);
        this.statusSince = statusSince;
        statusChanges.add(new StatusChange(this, initialStatus, statusSince, initialReason, null, by, now));
    }

    void edit(RelationshipType type, Long holderUnitId, String notes, boolean publicVisible, String by, Instant now) {
        this.type = Objects.requireNonNull(type);
        this.holderUnitId = holderUnitId;
        this.notes = notes;
        this.publicVisible = publicVisible;
        touch(by, now);
    }

    /**
     * Records a change of status. A reason is required; the date may not lie in the future nor before the status it
     * replaces.
     */
    void changeStatus(
            RelationshipStatus newStatus,
            PartialDate validFrom,
            String reason,
            String source,
            LocalDate today,
            String by,
            Instant now) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.at("reason", "status.error.reasonRequired");
        }
        if (newStatus == status) {
            throw RuleViolation.at("status", "status.error.unchanged");
        }
        if (validFrom != null && validFrom.date().isAfter(today)) {
            throw RuleViolation.at("year", "status.error.future");
        }
        if (validFrom != null && statusSince != null && validFrom.date().isBefore(statusSince.date())) {
            throw RuleViolation.at("year", "status.error.beforePrevious", statusSince.toIsoString());
        }
        statusChanges.add(new StatusChange(this, newStatus, validFrom, reason.strip(), source, by, now));
        this.status = newStatus;
        this.statusSince = validFrom;
        touch(by, now);
    }

    Instrument addInstrument(InstrumentDetails details, String by, Instant now) {
        Instrument instrument = new Instrument(this, details);
        instruments.add(instrument);
        recomputeFirstInstrument();
        touch(by, now);
        return instrument;
    }

    void updateInstrument(long instrumentId, InstrumentDetails details, String by, Instant now) {
        instrument(instrumentId).apply(details);
        recomputeFirstInstrument();
        touch(by, now);
    }

    void removeInstrument(long instrumentId, String by, Instant now) {
        instruments.remove(instrument(instrumentId));
        recomputeFirstInstrument();
        touch(by, now);
    }

    public Instrument instrument(long instrumentId) {
        return instruments.stream()
                .filter(instrument -> Objects.equals(instrument.getId(), instrumentId))
                .findFirst()
                .orElseThrow(() -> new NotFound("instrument", instrumentId));
    }

    void addFocus(
            FocusArea area,
            String detailDe,
            String detailEn,
            Integer sinceYear,
            Integer untilYear,
            String by,
            Instant now) {
        if (sinceYear != null && untilYear != null && untilYear < sinceYear) {
            throw RuleViolation.at("untilYear", "focus.error.untilBeforeSince");
        }
        focusEntries.add(
                new FocusEntry(this, area, blankToNull(detailDe), blankToNull(detailEn), sinceYear, untilYear));
        touch(by, now);
    }

    void removeFocus(long focusId, String by, Instant now) {
        boolean removed = focusEntries.removeIf(entry -> Objects.equals(entry.getId(), focusId));
        if (!removed) {
            throw new NotFound("focus area", focusId);
        }
        touch(by, now);
    }

    void addResponsibility(long unitId, ResponsibilityRole role, String noteDe, String noteEn, String by, Instant now) {
        boolean duplicate = responsibilities.stream()
                .anyMatch(existing -> existing.getUnitId() == unitId && existing.getRole() == role);
        if (duplicate) {
            throw RuleViolation.at("role", "responsibility.error.duplicate");
        }
        responsibilities.add(new Responsibility(this, unitId, role, blankToNull(noteDe), blankToNull(noteEn)));
        touch(by, now);
    }

    void removeResponsibility(long responsibilityId, String by, Instant now) {
        boolean removed = responsibilities.removeIf(entry -> Objects.equals(entry.getId(), responsibilityId));
        if (!removed) {
            throw new NotFound("responsibility", responsibilityId);
        }
        touch(by, now);
    }

    void addContact(ContactDetails details, String by, Instant now) {
        contacts.add(new Contact(this, details));
        touch(by, now);
    }

    void removeContact(long contactId, String by, Instant now) {
        boolean removed = contacts.removeIf(contact -> Objects.equals(contact.getId(), contactId));
        if (!removed) {
            throw new NotFound("contact", contactId);
        }
        touch(by, now);
    }

    /**
     * Removes every contact (retention, ADR 0037: the relationship ended long enough ago).
     *
     * @return how many there were
     */
    int eraseContacts(String by, Instant now) {
        int removed = contacts.size();
        if (removed > 0) {
            contacts.clear();
            touch(by, now);
        }
        return removed;
    }

    /**
     * The day by which the relationship ended, while it is ended: the last day of the period its status is dated to (a
     * year, a month or a day), or, without a date, the day the end was recorded (in the zone). Empty while it has not
     * ended.
     */
    java.util.Optional<LocalDate> endedBy(java.time.ZoneId zone) {
        if (status != RelationshipStatus.ENDED) {
            return java.util.Optional.empty();
        }
        if (statusSince != null) {
            LocalDate first = statusSince.date();
            return java.util.Optional.of(
                    switch (statusSince.precision()) {
                        case DAY -> first;
                        case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
                        case YEAR -> first.withDayOfYear(first.lengthOfYear());
                    });
        }
        return statusChanges.stream()
                .filter(change -> change.getStatus() == RelationshipStatus.ENDED)
                .map(StatusChange::getChangedAt)
                .max(Comparator.naturalOrder())
                .map(at -> LocalDate.ofInstant(at, zone));
    }

    private void recomputeFirstInstrument() {
        firstInstrument = instruments.stream()
                .map(Instrument::getSigned)
                .filter(Objects::nonNull)
                .min(BY_DATE)
                .orElse(null);
    }

    private void touch(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Set<Long> responsibleUnitIds() {
        return responsibilities.stream().map(Responsibility::getUnitId).collect(Collectors.toSet());
    }

    /** Instruments, oldest first; those without a known date last. */
    public List<Instrument> instrumentsInOrder() {
        return instruments.stream()
                .sorted(Comparator.comparing(Instrument::getSigned, BY_DATE))
                .toList();
    }

    /** The status history, oldest first. */
    public List<StatusChange> statusHistory() {
        return statusChanges.stream()
                .sorted(Comparator.comparing(StatusChange::getChangedAt))
                .toList();
    }

    public List<FocusEntry> getFocusEntries() {
        return List.copyOf(focusEntries);
    }

    public List<Responsibility> getResponsibilities() {
        return List.copyOf(responsibilities);
    }

    public List<Contact> getContacts() {
        return List.copyOf(contacts);
    }

    public Long getId() {
        return id;
    }

    public City getCity() {
        return city;
    }

    public RelationshipType getType() {
        return type;
    }

    /** The administration that holds the relationship on our side; {@code null}: the city as a whole. */
    public Long getHolderUnitId() {
        return holderUnitId;
    }

    /** Whether the city as a whole holds it, not one of its administrations. */
    public boolean heldByWholeCity() {
        return holderUnitId == null;
    }

    public RelationshipStatus getStatus() {
        return status;
    }

    public PartialDate getStatusSince() {
        return statusSince;
    }

    public PartialDate getFirstInstrument() {
        return firstInstrument;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isPublicVisible() {
        return publicVisible;
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
}
