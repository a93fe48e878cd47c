package org.jumelage.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.jumelage.partners.InstrumentKind;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.ResponsibilityRole;
import org.jumelage.shared.PartialDate;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class RelationshipTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Instant LATER = Instant.parse("2026-11-26T11:00:00Z");

    @Test
    void aStatusChangeNeedsAReasonAndKeepsTheHistory() {
        Relationship moscow = TestRelationships.partnershipSince("Moscow", "1990-11-12");

        assertThatThrownBy(() -> moscow.changeStatus(
                        RelationshipStatus.DORMANT, PartialDate.ofYear(2022), " ", null, TODAY, "editor", LATER))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("status.error.reasonRequired");
        assertThat(moscow.getStatus()).isEqualTo(RelationshipStatus.ACTIVE);

        moscow.changeStatus(
                RelationshipStatus.DORMANT,
                PartialDate.ofYear(2022),
                "rests at official level",
                "Senate",
                TODAY,
                "editor",
                LATER);

        assertThat(moscow.getStatus()).isEqualTo(RelationshipStatus.DORMANT);
        assertThat(moscow.getStatusSince()).isEqualTo(PartialDate.ofYear(2022));
        assertThat(moscow.statusHistory())
                .extracting(StatusChange::getStatus, StatusChange::getChangedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RelationshipStatus.ACTIVE, "tester"),
                        org.assertj.core.groups.Tuple.tuple(RelationshipStatus.DORMANT, "editor"));
        assertThat(moscow.getUpdatedBy()).isEqualTo("editor");
    }

    @Test
    void refusesAStatusChangeInTheFutureBeforeThePreviousOneOrToTheSameStatus() {
        Relationship paris = TestRelationships.partnershipSince("Paris", "1987-07-02");

        assertThatThrownBy(() -> paris.changeStatus(
                        RelationshipStatus.DORMANT, PartialDate.ofYear(2030), "why", null, TODAY, "e", LATER))
                .hasMessage("status.error.future");
        assertThatThrownBy(() -> paris.changeStatus(
                        RelationshipStatus.DORMANT, PartialDate.ofYear(1980), "why", null, TODAY, "e", LATER))
                .hasMessage("status.error.beforePrevious");
        assertThatThrownBy(() -> paris.changeStatus(
                        RelationshipStatus.ACTIVE, PartialDate.ofYear(2020), "why", null, TODAY, "e", LATER))
                .hasMessage("status.error.unchanged");
        assertThat(paris.statusHistory()).hasSize(1);
    }

    @Test
    void theFirstInstrumentFollowsTheInstruments() {
        Relationship warsaw = TestRelationships.partnershipSince("Warsaw", "1994-01-07");
        warsaw.addInstrument(
                new InstrumentDetails(
                        InstrumentKind.AGREEMENT_FRIENDSHIP_COOPERATION,
                        PartialDate.parse("1991-08-12"),
                        "Berlin",
                        null,
                        null,
                        null),
                "editor",
                LATER);
        warsaw.addInstrument(
                new InstrumentDetails(InstrumentKind.OTHER, null, null, null, "undated", null), "editor", LATER);

        assertThat(warsaw.getFirstInstrument()).isEqualTo(PartialDate.parse("1991-08-12"));
        assertThat(warsaw.instrumentsInOrder())
                .extracting(Instrument::getKind)
                .containsExactly(
                        InstrumentKind.AGREEMENT_FRIENDSHIP_COOPERATION,
                        InstrumentKind.JOINT_DECLARATION,
                        InstrumentKind.OTHER);
    }

    @Test
    void theCityAsAWholeHoldsARelationshipUntilAnAdministrationIsNamedAndBack() {
        Relationship paris = TestRelationships.partnershipSince("Paris", "1987-07-02");
        assertThat(paris.heldByWholeCity()).isTrue();

        paris.edit(paris.getType(), 12L, null, true, "editor", LATER);
        assertThat(paris.getHolderUnitId()).isEqualTo(12L);
        assertThat(paris.heldByWholeCity()).isFalse();
        assertThat(paris.getUpdatedBy()).isEqualTo("editor");

        paris.edit(paris.getType(), null, null, true, "admin", LATER);
        assertThat(paris.heldByWholeCity()).isTrue();
    }

    @Test
    void aUnitHoldsARoleOnlyOnce() {
        Relationship paris = TestRelationships.partnershipSince("Paris", "1987-07-02");
        paris.addResponsibility(7, ResponsibilityRole.HOLDER, null, null, "admin", LATER);

        assertThatThrownBy(() -> paris.addResponsibility(7, ResponsibilityRole.HOLDER, null, null, "admin", LATER))
                .hasMessage("responsibility.error.duplicate");
        paris.addResponsibility(7, ResponsibilityRole.CLOSE_COOPERATION, null, null, "admin", LATER);
        assertThat(paris.responsibleUnitIds()).containsExactly(7L);
    }
}
