package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jumelage.exchange.ApplicationStatus;

/** One transition of an application: from where to where, by whom, when, and why. Never changed once written. */
@Entity
@Table(name = "application_step")
public class ApplicationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ApplicationStatus toStatus;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name")
    private String actorName;

    @org.jumelage.shared.Audited.Personal
    private String reason;

    @Column(name = "happened_at")
    private Instant happenedAt;

    protected ApplicationStep() {}

    ApplicationStep(
            int seq,
            ApplicationStatus fromStatus,
            ApplicationStatus toStatus,
            Long actorId,
            String actorName,
            String reason,
            Instant happenedAt) {
        this.seq = seq;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorId = actorId;
        this.actorName = actorName;
        this.reason = reason;
        this.happenedAt = happenedAt;
    }

    public int getSeq() {
        return seq;
    }

    public ApplicationStatus getFromStatus() {
        return fromStatus;
    }

    public ApplicationStatus getToStatus() {
        return toStatus;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getReason() {
        return reason;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}
