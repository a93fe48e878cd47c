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

/**
 * The allocation of a call's shortlisted applications to its placements: proposed by the algorithm (with the seed of
 * the lottery that broke its ties), reviewed and overridden by the office, then published. One per call; proposing
 * again replaces a proposal, never a published allocation.
 */
@Entity
@Table(name = "exchange_allocation")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("exchange")
public class Allocation {

    public enum Status {
        PROPOSED,
        PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id")
    private long callId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private long seed;

    private int applicants;

    private int assigned;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Version
    private long version;

    protected Allocation() {}

    Allocation(long callId, long seed, int applicants, int assigned, String by, Instant now) {
        this.callId = callId;
        this.status = Status.PROPOSED;
        this.seed = seed;
        this.applicants = applicants;
        this.assigned = assigned;
        this.proposedBy = by;
        this.proposedAt = now;
    }

    void requireProposed() {
        if (status != Status.PROPOSED) {
            throw new RuleViolation("allocation.error.published");
        }
    }

    void assignedChangedBy(int delta) {
        assigned += delta;
    }

    void publish(String by, Instant now) {
        requireProposed();
        status = Status.PUBLISHED;
        publishedBy = by;
        publishedAt = now;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public long getCallId() {
        return callId;
    }

    public Status getStatus() {
        return status;
    }

    public long getSeed() {
        return seed;
    }

    public int getApplicants() {
        return applicants;
    }

    public int getAssigned() {
        return assigned;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public long getVersion() {
        return version;
    }
}
