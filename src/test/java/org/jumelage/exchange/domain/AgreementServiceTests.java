package org.jumelage.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.CefrLevel;
import org.jumelage.exchange.domain.AgreementVersion.Party;
import org.jumelage.people.Organisation;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.jumelage.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Training agreements on the real schema (also on PostgreSQL in CI): written by the office or HR, approved once by
 * each of the three parties, each party only by its own people; a change after an approval is a new version that
 * needs every approval again, and every version is kept.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + ExchangeSmtp.PORT})
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
@Tag("database")
class AgreementServiceTests {

    static final com.icegreen.greenmail.util.GreenMail smtp = ExchangeSmtp.SERVER;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    AgreementService agreements;

    @Autowired
    ApplicationService applicationService;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    CallService calls;

    @Autowired
    PlacementService placements;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    AccountService accounts;

    @Autowired
    Organisation organisation;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        clock.set(Instant.now());
    }

    private long unit(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    /** Stefan Staff placed in Paris by the office: the stay whose agreement the tests write. */
    private Stay staffInParis(String title) {
        SignedIn.as(accounts, "admin");
        long eva = programmes.all().stream()
                .filter(p -> p.getCode().equals("EVA"))
                .findFirst()
                .orElseThrow()
                .getId();
        LocalDate staysFrom = LocalDate.now(BERLIN).plusMonths(2).withDayOfMonth(1);
        LocalDateTime now = LocalDateTime.now(clock.withZone(BERLIN)).withNano(0);
        Call call = calls.create(new CallDetails(
                eva,
                title,
                title,
                now.minusDays(20),
                now.minusDays(1),
                BERLIN,
                staysFrom,
                staysFrom.plusMonths(6),
                4,
                12,
                6,
                Set.of(unit("SENUVK")),
                Set.of("fr")));
        Placement paris = placements.create(new PlacementDetails(
                call.getId(),
                unit("PAR"),
                title,
                title,
                null,
                null,
                staysFrom,
                staysFrom.plusWeeks(10),
                8,
                1,
                "Mentor (Test)",
                List.of(new LanguageSkill("fr", CefrLevel.B1))));
        var staff = accounts.staffMember("staff").orElseThrow();
        Application application = new Application(
                call.getId(), staff.accountId(), staff.displayName(), staff.email(), staff.unitId(), clock.instant());
        application.updateDraft(new ApplicationDetails(
                staff.unitId(),
                "Referent",
                List.of(new LanguageSkill("fr", CefrLevel.C1)),
                "M",
                "Z",
                List.of(paris.getId()),
                staysFrom,
                staysFrom.plusMonths(3),
                8,
                null));
        ApplicationStatus at = ApplicationStatus.DRAFT;
        for (ApplicationStatus to : List.of(
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.RELEASED,
                ApplicationStatus.CHECKED,
                ApplicationStatus.SHORTLISTED)) {
            application.move(at, to, staff.accountId(), staff.displayName(), null, clock.instant());
            at = to;
        }
        Application saved = applications.saveAndFlush(application);
        return applicationService.place(
                saved.getId(),
                saved.getVersion(),
                paris.getId(),
                staysFrom,
                staysFrom.plusWeeks(8).minusDays(1));
    }

    private static AgreementTerms terms(Stay stay, String objectives) {
        return new AgreementTerms(
                stay.getStartsOn().plusDays(1),
                stay.getEndsOn().minusDays(1),
                "fr",
                objectives,
                "Mehrwert",
                "Tätigkeiten",
                "Ergebnisse",
                "Teilnahme",
                "Freistellung",
                "Mentorin");
    }

    @Test
    void eachPartyApprovesOnceAndAChangeAfterAnApprovalIsANewVersion() {
        Stay stay = staffInParis("Vereinbarung");
        // Bad terms first: nothing is written.
        AgreementTerms outside = new AgreementTerms(
                stay.getStartsOn().minusDays(3), stay.getEndsOn(), "fr", "Z", "M", "T", "E", "P", "S", "R");
        assertThatThrownBy(() -> agreements.write(stay.getId(), null, outside))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("agreement.error.periodStay");
        assertThatThrownBy(() -> agreements.write(stay.getId(), null, terms(stay, " ")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("agreement.error.required");
        assertThat(agreements.of(stay.getId())).isEmpty();

        var first = agreements.write(stay.getId(), null, terms(stay, "Ziele 1"));
        assertThat(first.version().getNumber()).isEqualTo(1);
        // Unapproved, a change rewrites version 1.
        var rewritten = agreements.write(stay.getId(), first.agreement().getVersion(), terms(stay, "Ziele 1b"));
        assertThat(rewritten.version().getNumber()).isEqualTo(1);
        assertThat(agreements.versions(stay.getId())).hasSize(1);

        // The office approves for the sending side, not for the participant or the receiving side.
        assertThat(agreements.partiesOf(stay)).containsExactly(Party.SENDING);
        long v = agreements.of(stay.getId()).orElseThrow().agreement().getVersion();
        assertThatThrownBy(() -> agreements.approve(stay.getId(), v, Party.RECEIVING))
                .isInstanceOf(AccessDeniedException.class);
        agreements.approve(stay.getId(), v, Party.SENDING);
        // A second click with the same version is a conflict, never a second approval.
        assertThatThrownBy(() -> agreements.approve(stay.getId(), v, Party.SENDING))
                .isInstanceOf(EditConflict.class);
        long v2 = agreements.of(stay.getId()).orElseThrow().agreement().getVersion();
        assertThatThrownBy(() -> agreements.approve(stay.getId(), v2, Party.SENDING))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("agreement.error.approvedAlready");

        // The participant approves; Warsaw's coordinator does not even see the stay; Paris's approves.
        SignedIn.as(accounts, "staff");
        assertThat(agreements.partiesOf(stay)).containsExactly(Party.PARTICIPANT);
        assertThatThrownBy(() -> agreements.write(stay.getId(), v2, terms(stay, "Eigene Ziele")))
                .isInstanceOf(AccessDeniedException.class);
        agreements.approve(stay.getId(), v2, Party.PARTICIPANT);
        SignedIn.as(accounts, "warsaw");
        assertThatThrownBy(() -> agreements.of(stay.getId())).isInstanceOf(NotFound.class);
        SignedIn.as(accounts, "paris");
        assertThat(agreements.partiesOf(stay)).containsExactly(Party.RECEIVING);
        long v3 = agreements.of(stay.getId()).orElseThrow().agreement().getVersion();
        agreements.approve(stay.getId(), v3, Party.RECEIVING);
        assertThat(agreements.of(stay.getId()).orElseThrow().version().isApproved())
                .isTrue();

        // HR of the employee's unit changes it: version 2, waiting for all three again; version 1 is kept as approved.
        SignedIn.as(accounts, "hr");
        long v4 = agreements.of(stay.getId()).orElseThrow().agreement().getVersion();
        var second = agreements.write(stay.getId(), v4, terms(stay, "Ziele 2"));
        assertThat(second.version().getNumber()).isEqualTo(2);
        assertThat(second.version().isApprovedByAnyone()).isFalse();
        assertThat(agreements.versions(stay.getId()))
                .extracting(AgreementVersion::getNumber)
                .containsExactly(2, 1);
        AgreementVersion kept = agreements.version(stay.getId(), 1);
        assertThat(kept.isApproved()).isTrue();
        assertThat(kept.terms().objectives()).isEqualTo("Ziele 1b");
        assertThat(kept.getReceivingBy()).isEqualTo("Pauline Paris (Demo)");
        // Somebody who loaded the agreement before HR's change gets a conflict.
        assertThatThrownBy(() -> agreements.write(stay.getId(), v4, terms(stay, "Ziele 3")))
                .isInstanceOf(EditConflict.class);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    StayService stayService;

    /**
     * An incoming guest has no account: the coordinator of the guest's administration approves for the sending side
     * and on the guest's behalf, the office or an editor of Berlin's host unit for the receiving side; only the office
     * writes it (not HR, whose unit hosts but does not send).
     */
    @Test
    void anIncomingGuestsAgreementIsApprovedByTheSenderForTheGuestAndByTheHostUnit() {
        SignedIn.as(accounts, "admin");
        ExchangeRows rows = ExchangeRows.of(context);
        Programme programme = rows.programme(ExchangeRows.unique("Gastprogramm"));
        Call call = rows.call(programme, ExchangeRows.unique("Gastausschreibung"));
        Placement berlin = rows.placement(call, unit("SENUVK"), "Gast in Berlin");
        String guest = ExchangeRows.unique("Gast aus Warschau");
        rows.nomination(berlin, unit("WAW"), guest, true);
        Stay stay = stayService.visible().stream()
                .filter(s -> guest.equals(s.getGuestName()))
                .findFirst()
                .orElseThrow();
        assertThat(stay.isIncoming()).isTrue();
        assertThat(agreements.mayWrite(stay)).isTrue();
        agreements.write(stay.getId(), null, terms(stay, "Berliner Verfahren kennenlernen"));
        assertThat(agreements.partiesOf(stay)).containsExactly(Party.RECEIVING);

        SignedIn.as(accounts, "hr");
        assertThat(agreements.mayWrite(stay)).isFalse();
        assertThat(agreements.partiesOf(stay)).isEmpty();
        SignedIn.as(accounts, "paris");
        assertThat(agreements.partiesOf(stay)).isEmpty();

        SignedIn.as(accounts, "warsaw");
        assertThat(agreements.mayWrite(stay)).isFalse();
        assertThat(agreements.partiesOf(stay)).containsExactlyInAnyOrder(Party.PARTICIPANT, Party.SENDING);
        long v = agreements.of(stay.getId()).orElseThrow().agreement().getVersion();
        assertThatThrownBy(() -> agreements.approve(stay.getId(), v, Party.RECEIVING))
                .isInstanceOf(AccessDeniedException.class);
        agreements.approve(stay.getId(), v, Party.PARTICIPANT);
        agreements.approve(
                stay.getId(),
                agreements.of(stay.getId()).orElseThrow().agreement().getVersion(),
                Party.SENDING);

        SignedIn.as(accounts, "editor");
        assertThat(agreements.partiesOf(stay)).containsExactly(Party.RECEIVING);
        agreements.approve(
                stay.getId(),
                agreements.of(stay.getId()).orElseThrow().agreement().getVersion(),
                Party.RECEIVING);
        AgreementVersion approved = agreements.of(stay.getId()).orElseThrow().version();
        assertThat(approved.isApproved()).isTrue();
        assertThat(approved.getParticipantBy()).isEqualTo("Wojciech Warsaw (Demo)");
    }
}
