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
import org.jumelage.exchange.NominationStatus;
import org.jumelage.shared.RuleViolation;

/** A partner city's coordinator nominates one of their staff for a Berlin hosting offer; the host decides. */
@Entity
@Table(name = "nomination")
@jakarta.persistence.EntityListeners({org.jumelage.shared.ChangeCounter.class, org.jumelage.search.SearchFeed.class})
@org.jumelage.search.SearchTopic("nomination")
@org.jumelage.shared.ChangeTopic("exchange")
public class Nomination {

    /** The size of {@code nomination.reason} (V11). */
    static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "placement_id")
    private long placementId;

    @Column(name = "administration_id")
    private long administrationId;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "guest_name")
    private String guestName;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "guest_email")
    private String guestEmail;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "guest_position")
    private String guestPosition;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "guest_languages")
    private String guestLanguages;

    @org.jumelage.shared.Audited.Personal
    private String motivation;

    @Enumerated(EnumType.STRING)
    private NominationStatus status;

    @org.jumelage.shared.Audited.Personal
    private String reason;

    @Column(name = "mentor_id")
    private Long mentorId;

    @Column(name = "nominated_by")
    private String nominatedBy;

    @Column(name = "nominated_at")
    private Instant nominatedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Nomination() {}

    Nomination(
            long placementId,
            long administrationId,
            String guestName,
            String guestEmail,
            String guestPosition,
            String guestLanguages,
            String motivation,
            String nominatedBy,
            Instant now) {
        if (guestName == null || guestName.isBlank() || guestPosition == null || guestPosition.isBlank()) {
            throw new RuleViolation("nomination.error.guest");
        }
        this.placementId = placementId;
        this.administrationId = administrationId;
        this.guestName = guestName.strip();
        this.guestEmail = guestEmail == null || guestEmail.isBlank() ? null : guestEmail.strip();
        this.guestPosition = guestPosition.strip();
        this.guestLanguages = guestLanguages == null || guestLanguages.isBlank() ? null : guestLanguages.strip();
        this.motivation = motivation == null || motivation.isBlank() ? null : motivation.strip();
        this.nominatedBy = nominatedBy;
        this.nominatedAt = now;
        this.status = NominationStatus.NOMINATED;
    }

    void accept(Long mentorId, String by, Instant now) {
        decide(NominationStatus.ACCEPTED, null, by, now);
        this.mentorId = mentorId;
    }

    /** Declines with the reason the coordinator reads; a reason the column cannot hold is refused, never cut. */
    void decline(String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.at("reason", "application.error.reasonRequired");
        }
        String why = reason.strip();
        if (why.length() > MAX_REASON) {
            throw RuleViolation.at("reason", "nomination.error.reasonTooLong");
        }
        decide(NominationStatus.DECLINED, why, by, now);
    }

    void withdraw(String by, Instant now) {
        decide(NominationStatus.WITHDRAWN, null, by, now);
    }

    private void decide(NominationStatus to, String why, String by, Instant now) {
        if (status != NominationStatus.NOMINATED) {
            throw new RuleViolation("nomination.error.decided");
        }
        this.status = to;
        this.reason = why;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPlacementId() {
        return placementId;
    }

    public long getAdministrationId() {
        return administrationId;
    }

    public String getGuestName() {
        return guestName;
    }

    public String getGuestEmail() {
        return guestEmail;
    }

    public String getGuestPosition() {
        return guestPosition;
    }

    public String getGuestLanguages() {
        return guestLanguages;
    }

    public String getMotivation() {
        return motivation;
    }

    public NominationStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
