package org.jumelage.partners.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.shared.PartialDate;

/** One entry of a relationship's status history: what it became, from when, why, on whose word, and who wrote it. */
@Entity
@Table(name = "status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "relationship_id")
    private Relationship relationship;

    @Enumerated(EnumType.STRING)
    private RelationshipStatus status;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "date", column = @Column(name = "valid_from_value")),
        @AttributeOverride(name = "precision", column = @Column(name = "valid_from_precision"))
    })
    private PartialDate validFrom;

    private String reason;
    private String source;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected StatusChange() {}

    StatusChange(
            Relationship relationship,
            RelationshipStatus status,
            PartialDate validFrom,
            String reason,
            String source,
            String changedBy,
            Instant changedAt) {
        this.relationship = relationship;
        this.status = status;
        this.validFrom = validFrom;
        this.reason = reason;
        this.source = source;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public RelationshipStatus getStatus() {
        return status;
    }

    public PartialDate getValidFrom() {
        return validFrom;
    }

    public String getReason() {
        return reason;
    }

    public String getSource() {
        return source;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
