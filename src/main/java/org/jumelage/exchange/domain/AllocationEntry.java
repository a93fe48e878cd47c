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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jumelage.shared.RuleViolation;

/**
 * One shortlisted application in an allocation: its place in the priority, its score, the placement it was given (or
 * none), and why each of its choices was or was not given. An override by the office keeps the proposal's placement
 * beside the new one, with the reason and who decided.
 */
@Entity
@Table(name = "allocation_entry")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("exchange")
public class AllocationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "allocation_id")
    private long allocationId;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "priority_no")
    private int priority;

    private BigDecimal score;

    @Column(name = "placement_id")
    private Long placementId;

    @Column(name = "choice_no")
    private Integer choiceNo;

    @Column(name = "proposed_placement_id")
    private Long proposedPlacementId;

    private boolean overridden;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "overridden_by")
    private String overriddenBy;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "allocation_choice", joinColumns = @JoinColumn(name = "entry_id"))
    @org.hibernate.annotations.BatchSize(size = 100)
    private List<ChoiceOutcome> choices = new ArrayList<>();

    protected AllocationEntry() {}

    AllocationEntry(
            long allocationId,
            long applicationId,
            int priority,
            BigDecimal score,
            Long placementId,
            Integer choiceNo,
            List<ChoiceOutcome> choices) {
        this.allocationId = allocationId;
        this.applicationId = applicationId;
        this.priority = priority;
        this.score = score;
        this.placementId = placementId;
        this.choiceNo = choiceNo;
        this.proposedPlacementId = placementId;
        this.choices.addAll(choices);
    }

    /**
     * The office gives this application another of its eligible choices, or none, for a reason everyone in the office
     * can read later. The choices above the new one become the office's decision; those below, lower.
     */
    void override(Long placement, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.at("reason", "allocation.error.reason");
        }
        if (reason.length() > 1000) {
            throw RuleViolation.at("reason", "allocation.error.reasonLength");
        }
        Integer rank = null;
        if (placement != null) {
            ChoiceOutcome choice = choices.stream()
                    .filter(c -> c.placementId() == placement)
                    .findFirst()
                    .orElseThrow(() -> RuleViolation.at("placementId", "allocation.error.notAChoice"));
            if (choice.outcome() == ChoiceOutcome.Outcome.INELIGIBLE) {
                throw RuleViolation.at("placementId", "allocation.error.ineligible");
            }
            rank = choice.rank();
        }
        give(placement, rank, ChoiceOutcome.Outcome.OFFICE);
        this.overridden = true;
        this.overrideReason = reason.strip();
        this.overriddenBy = by;
    }

    /** A freed place the applicant accepted: they hold that choice now. */
    void accepted(long placement) {
        int rank = choices.stream()
                .filter(c -> c.placementId() == placement)
                .findFirst()
                .orElseThrow()
                .rank();
        give(placement, rank, null);
    }

    /**
     * Gives the choice of that rank (none: null) and rewrites the other eligible choices: those below become lower;
     * those above keep their reason, or become {@code above} if one is given.
     */
    private void give(Long placement, Integer rank, ChoiceOutcome.Outcome above) {
        List<ChoiceOutcome> rewritten = new ArrayList<>();
        for (ChoiceOutcome choice : choices) {
            if (choice.outcome() == ChoiceOutcome.Outcome.INELIGIBLE) {
                rewritten.add(choice);
            } else if (rank != null && choice.rank() == rank) {
                rewritten.add(choice.with(ChoiceOutcome.Outcome.GOT));
            } else if (rank != null && choice.rank() > rank) {
                rewritten.add(choice.with(ChoiceOutcome.Outcome.LOWER));
            } else if (above != null) {
                rewritten.add(choice.with(above));
            } else {
                rewritten.add(choice.outcome().wanted() ? choice : choice.with(ChoiceOutcome.Outcome.TAKEN));
            }
        }
        choices.clear();
        choices.addAll(rewritten);
        this.placementId = placement;
        this.choiceNo = rank;
    }

    public Long getId() {
        return id;
    }

    public long getAllocationId() {
        return allocationId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public int getPriority() {
        return priority;
    }

    public BigDecimal getScore() {
        return score;
    }

    public Long getPlacementId() {
        return placementId;
    }

    public Integer getChoiceNo() {
        return choiceNo;
    }

    public Long getProposedPlacementId() {
        return proposedPlacementId;
    }

    public boolean isOverridden() {
        return overridden;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public long getVersion() {
        return version;
    }

    public List<ChoiceOutcome> getChoices() {
        return choices.stream()
                .sorted(Comparator.comparingInt(ChoiceOutcome::rank))
                .toList();
    }
}
