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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jumelage.exchange.StayStatus;
import org.jumelage.shared.RuleViolation;

/**
 * A stay at a host: a Berlin employee at a partner administration (from a placed application), or a partner city's
 * employee at a Berlin unit (from an accepted nomination).
 */
@Entity
@Table(name = "exchange_stay")
@jakarta.persistence.EntityListeners({org.jumelage.shared.ChangeCounter.class, org.jumelage.search.SearchFeed.class})
@org.jumelage.search.SearchTopic("stay")
@org.jumelage.shared.ChangeTopic("exchange")
public class Stay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id")
    private long callId;

    @Column(name = "placement_id")
    private long placementId;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "nomination_id")
    private Long nominationId;

    private boolean incoming;

    /** The partner city's administration: host of an outgoing stay, sender of an incoming one. */
    @Column(name = "administration_id")
    private long administrationId;

    /** Berlin's unit: home of an outgoing stay's employee, host of an incoming guest. */
    @Column(name = "berlin_unit_id")
    private long berlinUnitId;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "guest_name")
    private String guestName;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private StayStatus status;

    @org.jumelage.shared.Audited.Personal
    private String mentor;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Stay() {}

    private Stay(
            long callId,
            long placementId,
            boolean incoming,
            long administrationId,
            long berlinUnitId,
            String guestName,
            LocalDate startsOn,
            LocalDate endsOn,
            String mentor,
            Instant now) {
        this.callId = callId;
        this.placementId = placementId;
        this.incoming = incoming;
        this.administrationId = administrationId;
        this.berlinUnitId = berlinUnitId;
        this.guestName = guestName;
        this.mentor = mentor;
        this.status = StayStatus.PLANNED;
        reschedule(startsOn, endsOn, mentor, now);
    }

    static Stay outgoing(
            Application application,
            Placement placement,
            long hostAdministrationId,
            LocalDate startsOn,
            LocalDate endsOn,
            Instant now) {
        Stay stay = new Stay(
                application.getCallId(),
                placement.getId(),
                false,
                hostAdministrationId,
                application.getHomeUnitId(),
                application.getApplicantName(),
                startsOn,
                endsOn,
                placement.getMentor(),
                now);
        stay.applicationId = application.getId();
        return stay;
    }

    static Stay incoming(Nomination nomination, Placement placement, String mentor, Instant now) {
        Stay stay = new Stay(
                placement.getCallId(),
                placement.getId(),
                true,
                nomination.getAdministrationId(),
                placement.getHostUnitId(),
                nomination.getGuestName(),
                placement.getPeriodFrom(),
                placement.getPeriodFrom().plusWeeks(placement.getWeeks()).minusDays(1),
                mentor,
                now);
        stay.nominationId = nomination.getId();
        return stay;
    }

    void reschedule(LocalDate startsOn, LocalDate endsOn, String mentor, Instant now) {
        if (status == StayStatus.COMPLETED || status == StayStatus.CANCELLED) {
            throw new RuleViolation("stay.error.closed");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new RuleViolation("stay.error.dates");
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.mentor = mentor == null || mentor.isBlank() ? null : mentor.strip();
        this.updatedAt = now;
    }

    void moveTo(StayStatus next, String reason, Instant now) {
        if (!status.next().contains(next)) {
            throw new RuleViolation("stay.error.transition");
        }
        if (next == StayStatus.CANCELLED) {
            if (reason == null || reason.isBlank()) {
                throw new RuleViolation("stay.error.reason");
            }
            this.cancelReason = reason.strip();
        }
        this.status = next;
        this.updatedAt = now;
    }

    /**
     * An outgoing stay not yet begun moves to a placement its applicant preferred and accepted when a place there
     * freed up (issue 13): one stay per application, so the stay moves instead of ending and starting anew.
     */
    void relocate(Placement placement, long hostAdministrationId, LocalDate starts, LocalDate ends, Instant now) {
        if (incoming || (status != StayStatus.PLANNED && status != StayStatus.CONFIRMED)) {
            throw new RuleViolation("offer.error.stayBegun");
        }
        this.placementId = placement.getId();
        this.administrationId = hostAdministrationId;
        this.startsOn = starts;
        this.endsOn = ends;
        this.mentor = placement.getMentor();
        this.status = StayStatus.PLANNED;
        this.updatedAt = now;
    }

    /** Whole weeks, rounded up: what the statistics count. */
    public int weeks() {
        return (int) ((ChronoUnit.DAYS.between(startsOn, endsOn) + 7) / 7);
    }

    public Long getId() {
        return id;
    }

    public long getCallId() {
        return callId;
    }

    public long getPlacementId() {
        return placementId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getNominationId() {
        return nominationId;
    }

    public boolean isIncoming() {
        return incoming;
    }

    public long getAdministrationId() {
        return administrationId;
    }

    public long getBerlinUnitId() {
        return berlinUnitId;
    }

    public String getGuestName() {
        return guestName;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public StayStatus getStatus() {
        return status;
    }

    public String getMentor() {
        return mentor;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public long getVersion() {
        return version;
    }
}
