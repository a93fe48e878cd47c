package org.jumelage.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jumelage.exchange.CefrLevel;
import org.jumelage.exchange.NominationStatus;
import org.jumelage.exchange.StayStatus;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A stay's course and a placement's rules against its call, as plain objects. */
class StayTests {

    private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

    private static Nomination nomination() {
        return new Nomination(1L, 2L, "Camille Dupont", null, "Urbaniste", "fr", null, "paris", NOW);
    }

    private static Placement placement(int weeks, int places) {
        Call call = callFrom(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-08-31"));
        Placement placement = new Placement(
                new PlacementDetails(
                        1L,
                        5L,
                        "Verkehr",
                        "Transport",
                        null,
                        null,
                        LocalDate.parse("2027-03-01"),
                        LocalDate.parse("2027-05-31"),
                        weeks,
                        places,
                        null,
                        List.of(new LanguageSkill("de", CefrLevel.B1))),
                true,
                call,
                "editor",
                NOW);
        // As if stored: a stay refers to its placement by id.
        org.springframework.test.util.ReflectionTestUtils.setField(placement, "id", 7L);
        return placement;
    }

    private static Call callFrom(LocalDate from, LocalDate to) {
        return new Call(
                new CallDetails(
                        1L,
                        "EVA",
                        "EVA",
                        java.time.LocalDateTime.parse("2027-01-01T09:00"),
                        java.time.LocalDateTime.parse("2027-02-01T23:59"),
                        java.time.ZoneId.of("Europe/Berlin"),
                        from,
                        to,
                        4,
                        12,
                        12,
                        java.util.Set.of(9L),
                        java.util.Set.of("de")),
                NOW);
    }

    @Test
    void aStayRunsPlannedConfirmedOngoingCompletedAndCannotSkipAStep() {
        Stay stay = Stay.incoming(nomination(), placement(8, 1), "Erik Editor", NOW);
        assertThat(stay.getStatus()).isEqualTo(StayStatus.PLANNED);
        assertThat(stay.getStartsOn()).isEqualTo(LocalDate.parse("2027-03-01"));
        assertThat(stay.getEndsOn()).isEqualTo(LocalDate.parse("2027-04-25"));
        assertThat(stay.weeks()).isEqualTo(8);
        assertThatThrownBy(() -> stay.moveTo(StayStatus.ONGOING, null, NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("stay.error.transition");
        stay.moveTo(StayStatus.CONFIRMED, null, NOW);
        stay.moveTo(StayStatus.ONGOING, null, NOW);
        stay.moveTo(StayStatus.COMPLETED, null, NOW);
        assertThatThrownBy(() -> stay.moveTo(StayStatus.CANCELLED, "zu spät", NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("stay.error.transition");
        assertThatThrownBy(
                        () -> stay.reschedule(LocalDate.parse("2027-03-02"), LocalDate.parse("2027-04-25"), null, NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("stay.error.closed");
    }

    @Test
    void aCancellationNeedsItsReason() {
        Stay stay = Stay.incoming(nomination(), placement(8, 1), null, NOW);
        assertThatThrownBy(() -> stay.moveTo(StayStatus.CANCELLED, " ", NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("stay.error.reason");
        assertThat(stay.getStatus()).isEqualTo(StayStatus.PLANNED);
        stay.moveTo(StayStatus.CANCELLED, "Erkrankt", NOW);
        assertThat(stay.getCancelReason()).isEqualTo("Erkrankt");
        assertThat(stay.getStatus().next()).isEmpty();
    }

    @Test
    void datesMustBeInOrder() {
        Stay stay = Stay.incoming(nomination(), placement(8, 1), null, NOW);
        assertThatThrownBy(
                        () -> stay.reschedule(LocalDate.parse("2027-04-01"), LocalDate.parse("2027-03-01"), null, NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("stay.error.dates");
        assertThat(stay.getStartsOn()).isEqualTo(LocalDate.parse("2027-03-01"));
    }

    @Test
    void aPlacementFitsItsCallsWindowAndDurations() {
        assertThatThrownBy(() -> placement(13, 1))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("placement.error.weeks");
        assertThatThrownBy(() -> placement(8, 0))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("placement.error.places");
        Call call = callFrom(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-08-31"));
        assertThatThrownBy(() -> new Placement(
                        new PlacementDetails(
                                1L,
                                5L,
                                "V",
                                "T",
                                null,
                                null,
                                LocalDate.parse("2027-02-01"),
                                LocalDate.parse("2027-05-31"),
                                8,
                                1,
                                null,
                                List.of()),
                        true,
                        call,
                        "editor",
                        NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("placement.error.window");
        assertThatThrownBy(() -> new Placement(
                        new PlacementDetails(
                                1L,
                                5L,
                                "V",
                                "T",
                                null,
                                null,
                                LocalDate.parse("2027-03-01"),
                                LocalDate.parse("2027-03-31"),
                                8,
                                1,
                                null,
                                List.of()),
                        true,
                        call,
                        "editor",
                        NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("placement.error.weeksPeriod");
        assertThatThrownBy(() -> new Placement(
                        new PlacementDetails(
                                1L,
                                5L,
                                "V",
                                "T",
                                null,
                                null,
                                LocalDate.parse("2027-03-01"),
                                LocalDate.parse("2027-05-31"),
                                8,
                                1,
                                null,
                                List.of(new LanguageSkill("de", CefrLevel.B1), new LanguageSkill("de", CefrLevel.C1))),
                        true,
                        call,
                        "editor",
                        NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("placement.error.languageTwice");
    }

    @Test
    void aNominationIsDecidedOnce() {
        Nomination nomination = nomination();
        assertThatThrownBy(() -> nomination.decline(" ", "editor", NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("application.error.reasonRequired");
        nomination.decline("Kein Platz", "editor", NOW);
        assertThatThrownBy(() -> nomination.accept(3L, "admin", NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("nomination.error.decided");
        assertThatThrownBy(() -> nomination.withdraw("paris", NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("nomination.error.decided");
    }

    @Test
    void aDeclineReasonLongerThanItsColumnIsRefusedNotCut() {
        Nomination nomination = nomination();
        assertThatThrownBy(() -> nomination.decline("R".repeat(2001), "editor", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("nomination.error.reasonTooLong");
                    assertThat(violation.field()).isEqualTo("reason");
                });
        assertThat(nomination.getStatus()).isEqualTo(NominationStatus.NOMINATED);
        assertThat(nomination.getReason()).isNull();

        // The whole column is usable; the spaces around a reason are not kept, so they do not count.
        nomination.decline("  " + "R".repeat(2000) + "\n", "editor", NOW);
        assertThat(nomination.getReason()).hasSize(2000);
        assertThat(nomination.getStatus()).isEqualTo(NominationStatus.DECLINED);
    }
}
