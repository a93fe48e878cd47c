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
import org.jumelage.shared.RuleViolation;

/** A place that freed up after publication, offered to the next alternate, who accepts or declines by a deadline. */
@Entity
@Table(name = "allocation_offer")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("exchange")
public class Offer {

    public enum Status {
        OPEN,
        ACCEPTED,
        DECLINED,
        EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "allocation_id")
    private long allocationId;

    @Column(name = "placement_id")
    private long placementId;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "answer_by")
    private Instant answerBy;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected Offer() {}

    Offer(long allocationId, long placementId, long applicationId, Instant now, Instant answerBy) {
        this.allocationId = allocationId;
        this.placementId = placementId;
        this.applicationId = applicationId;
        this.offeredAt = now;
        this.answerBy = answerBy;
        this.status = Status.OPEN;
    }

    /** Whether the offer can still be answered at this moment. */
    public boolean isOpen(Instant now) {
        return status == Status.OPEN && now.isBefore(answerBy);
    }

    void answer(boolean accept, Instant now) {
        if (!isOpen(now)) {
            throw new RuleViolation("offer.error.closed");
        }
        status = accept ? Status.ACCEPTED : Status.DECLINED;
        answeredAt = now;
    }

    void expire(Instant now) {
        status = Status.EXPIRED;
        answeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAllocationId() {
        return allocationId;
    }

    public long getPlacementId() {
        return placementId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getAnswerBy() {
        return answerBy;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public long getVersion() {
        return version;
    }
}
