package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jumelage.exchange.CefrLevel;

/**
 * Why an applicant did or did not get one of their choices, as the allocation recorded it: what the applicant is shown,
 * never naming anyone else.
 *
 * @param rank the choice's rank, 1 for the first
 * @param rule for an ineligible choice, the rule broken ({@link Eligibility.Broken})
 * @param language for a language rule, the language required
 * @param level for a language rule, the level required
 */
@Embeddable
public record ChoiceOutcome(
        @Column(name = "rank_no") int rank,
        @Column(name = "placement_id") long placementId,

        @Enumerated(EnumType.STRING) @Column(name = "outcome")
        Outcome outcome,

        @Column(name = "rule_key") String rule,
        @Column(name = "rule_language") String language,

        @Enumerated(EnumType.STRING) @Column(name = "rule_level")
        CefrLevel level) {

    /** What happened to a choice. */
    public enum Outcome {
        /** The applicant got it. */
        GOT,
        /** The applicant may not be given it: a rule of eligibility. */
        INELIGIBLE,
        /** Its places (or its administration's quota) went to applicants with higher scores. */
        TAKEN,
        /** No place or quota was left before the allocation began (placed by hand, or none agreed). */
        NONE_LEFT,
        /** A higher choice was given. */
        LOWER,
        /** The office changed the proposal for this applicant, with a recorded reason. */
        OFFICE;

        /** Whether the applicant would rather have had this choice than what they got, and could have: an alternate. */
        public boolean wanted() {
            return this == TAKEN || this == NONE_LEFT || this == OFFICE;
        }
    }

    static ChoiceOutcome of(int rank, long placementId, Outcome outcome) {
        return new ChoiceOutcome(rank, placementId, outcome, null, null, null);
    }

    static ChoiceOutcome ineligible(int rank, long placementId, Eligibility.Broken broken) {
        return new ChoiceOutcome(
                rank, placementId, Outcome.INELIGIBLE, broken.rule(), broken.language(), broken.level());
    }

    ChoiceOutcome with(Outcome changed) {
        return new ChoiceOutcome(rank, placementId, changed, rule, language, level);
    }
}
