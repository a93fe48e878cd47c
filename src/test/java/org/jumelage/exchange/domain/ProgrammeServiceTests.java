package org.jumelage.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.jumelage.exchange.ExchangeProgrammes;
import org.jumelage.exchange.ProgrammeStatus;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitKind;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** Programmes and partner administrations on the real schema (also on PostgreSQL in CI). */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
class ProgrammeServiceTests {

    @Autowired
    ProgrammeService programmes;

    @Autowired
    Organisation organisation;

    @Autowired
    PartnerCatalog catalog;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        SignedIn.as(accounts, username);
    }

    private long city(String nameEn) {
        return catalog.cities().stream()
                .filter(c -> c.nameEn().equals(nameEn))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void theDemoHoldsMoveYourMindWithItsFivePartnerCitiesAndTheOngoingEva() {
        var mym = programmes.publicProgrammes().stream()
                .filter(p -> p.code().equals("MYM"))
                .findFirst()
                .orElseThrow();
        assertThat(mym.startYear()).isEqualTo(2012);
        assertThat(mym.endYear()).isEqualTo(2014);
        assertThat(mym.status()).isEqualTo(ProgrammeStatus.ENDED);
        assertThat(mym.partnerCityIds())
                .containsExactlyInAnyOrder(
                        city("Helsinki"), city("Paris"), city("Warsaw"), city("Vienna"), city("Amsterdam"));
        assertThat(mym.fundingDe()).contains("Leonardo da Vinci");
        // Running programmes before ended ones (other tests of the shared database add running programmes of their
        // own).
        List<ExchangeProgrammes.PublicProgramme> listed = programmes.publicProgrammes();
        ExchangeProgrammes.PublicProgramme eva =
                listed.stream().filter(p -> p.code().equals("EVA")).findFirst().orElseThrow();
        assertThat(listed.indexOf(eva)).isLessThan(listed.indexOf(mym));
        assertThat(eva.status()).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(eva.startYear())
                .as("the specification page gives no start year")
                .isNull();
    }

    @Test
    void aPartnerCitysAdministrationIsLinkedToItsCityAndRecordedOnce() {
        var paris = organisation.partnerAdministration(city("Paris")).orElseThrow();
        assertThat(paris.kind()).isEqualTo(UnitKind.PARTNER_ADMINISTRATION);
        assertThat(organisation.unitByCode("PAR-DRH").orElseThrow().parentId()).isEqualTo(paris.id());
        // A directorate below the partner administration is the partner's, not Berlin's.
        assertThat(organisation.belongsToPartner(
                        organisation.unitByCode("PAR-DRH").orElseThrow().id()))
                .isTrue();
        assertThat(organisation.belongsToPartner(
                        organisation.unitByCode("SKZL-EUI").orElseThrow().id()))
                .isFalse();
        assertThatThrownBy(() -> organisation.addPartnerAdministration(city("Paris"), "PAR2", "Paris", "Paris"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("organisation.error.partnerTaken");
    }

    @Test
    void aPartnerCoordinatorListsOnlyTheProgrammesAndCallsTheirAdministrationTakesPartIn() {
        signIn("admin");
        long warsaw = organisation.unitByCode("WAW").orElseThrow().id();
        Programme warsawOnly = programmes.create(
                "WAW" + System.nanoTime() % 100000,
                new ProgrammeDetails(
                        "Nur mit Warschau",
                        "Warsaw only",
                        null,
                        null,
                        null,
                        null,
                        2027,
                        2028,
                        ProgrammeStatus.PLANNED,
                        Set.of(organisation.unitByCode("SENSW").orElseThrow().id(), warsaw)));
        Call eva = calls.open().stream()
                .filter(call -> call.getTitleDe().equals("EVA: Hospitationen in Paris, Warschau und Wien"))
                .findFirst()
                .orElseThrow();
        Call warsawCall = calls.create(new CallDetails(
                warsawOnly.getId(),
                "Aufruf nur mit Warschau",
                "Call with Warsaw only",
                // Two years on: not open now, so that other tests' open calls stay as they are.
                eva.opensLocal().plusYears(2),
                eva.closesLocal().plusYears(2),
                eva.zone(),
                eva.getStaysFrom().plusYears(2),
                eva.getStaysTo().plusYears(2),
                eva.getMinWeeks(),
                eva.getMaxWeeks(),
                eva.getRetentionMonths(),
                eva.getEligibleUnitIds(),
                eva.getLanguages()));

        signIn("paris");
        assertThat(programmes.listed()).extracting(Programme::getId).doesNotContain(warsawOnly.getId());
        assertThat(programmes.listed()).extracting(Programme::getCode).contains("EVA");
        assertThat(calls.listed(0).getContent())
                .extracting(Call::getId)
                .doesNotContain(warsawCall.getId())
                .contains(eva.getId());
        // The placements' call filter names the same calls.
        assertThat(calls.listedTitles())
                .extracting(CallTitle::id)
                .doesNotContain(warsawCall.getId())
                .contains(eva.getId());

        signIn("warsaw");
        assertThat(programmes.listed()).extracting(Programme::getId).contains(warsawOnly.getId());
        assertThat(calls.listed(0).getContent()).extracting(Call::getId).contains(warsawCall.getId(), eva.getId());
        assertThat(calls.listedTitles()).extracting(CallTitle::id).contains(warsawCall.getId(), eva.getId());

        // The office sees every programme and call.
        signIn("viewer");
        assertThat(calls.listed(0).getContent()).extracting(Call::getId).contains(warsawCall.getId(), eva.getId());
    }

    @Test
    void onlyAdministratorsRecordProgrammesAndOnlyWithAdministrations() {
        ProgrammeDetails details = new ProgrammeDetails(
                "Testprogramm",
                "Test programme",
                null,
                null,
                null,
                null,
                2027,
                2028,
                ProgrammeStatus.PLANNED,
                Set.of(organisation.unitByCode("SENSW").orElseThrow().id()));
        signIn("editor");
        assertThatThrownBy(() -> programmes.create("TEST", details)).isInstanceOf(AccessDeniedException.class);
        signIn("admin");
        assertThatThrownBy(() -> programmes.create(
                        "UNIT",
                        new ProgrammeDetails(
                                "Falsch",
                                "Wrong",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                ProgrammeStatus.PLANNED,
                                Set.of(organisation
                                        .unitByCode("SKZL-EUI")
                                        .orElseThrow()
                                        .id()))))
                .hasMessageContaining("programme.error.notAdministration");
        assertThatThrownBy(() -> programmes.create(
                        "BACK",
                        new ProgrammeDetails(
                                "Rückwärts",
                                "Backwards",
                                null,
                                null,
                                null,
                                null,
                                2020,
                                2019,
                                ProgrammeStatus.ENDED,
                                Set.of())))
                .hasMessageContaining("programme.error.period");
        Programme created = programmes.create("TEST", details);
        assertThatThrownBy(() -> programmes.create("TEST", details)).hasMessageContaining("programme.error.codeTaken");
        assertThatThrownBy(() -> programmes.edit(created.getId(), created.getVersion() + 1, details))
                .isInstanceOf(EditConflict.class);
        programmes.edit(created.getId(), created.getVersion(), details);
        assertThat(programmes.lastChange()).isPresent();
    }

    @Autowired
    CallService calls;

    @Autowired
    ExchangeProgrammes exchange;

    @Test
    void theDemoHasAnOpenEvaCallAndOnlyBerlinsOwnUnitsMayBeInvitedToApply() {
        // On PostgreSQL the database is shared with other test classes, which open calls of their own.
        assertThat(exchange.openCalls())
                .filteredOn(call -> call.titleDe().equals("EVA: Hospitationen in Paris, Warschau und Wien"))
                .singleElement()
                .satisfies(call -> {
                    assertThat(call.programmeCode()).isEqualTo("EVA");
                    assertThat(call.timeZone()).isEqualTo("Europe/Berlin");
                    assertThat(call.languages()).containsExactly("de", "en", "fr", "pl");
                });
        Call open = calls.open().stream()
                .filter(call -> call.getTitleDe().equals("EVA: Hospitationen in Paris, Warschau und Wien"))
                .findFirst()
                .orElseThrow();
        signIn("admin");
        long parisHr = organisation.unitByCode("PAR-DRH").orElseThrow().id();
        CallDetails withParis = new CallDetails(
                open.getProgrammeId(),
                open.getTitleDe(),
                open.getTitleEn(),
                open.opensLocal(),
                open.closesLocal(),
                open.zone(),
                open.getStaysFrom(),
                open.getStaysTo(),
                open.getMinWeeks(),
                open.getMaxWeeks(),
                open.getRetentionMonths(),
                Set.of(parisHr),
                open.getLanguages());
        assertThatThrownBy(() -> calls.edit(open.getId(), open.getVersion(), withParis))
                .hasMessageContaining("call.error.partnerUnit");
        signIn("viewer");
        assertThatThrownBy(() -> calls.create(withParis)).isInstanceOf(AccessDeniedException.class);
    }
}
