package org.jumelage.exchange.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.CefrLevel;
import org.jumelage.exchange.Criterion;
import org.jumelage.people.DemoData;
import org.jumelage.people.DemoMode;
import org.jumelage.people.Organisation;
import org.jumelage.people.StaffDirectory;
import org.jumelage.people.StaffDirectory.StaffMember;
import org.jumelage.people.UnitRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call of EVA in allocation (issue 13): closed a week ago, four applications of demo staff on the shortlist, three of
 * them scored by the office, Paris's quota for the year agreed. The office scores the fourth, proposes, reviews and
 * publishes; Stefan Staff then sees why he got what he got.
 */
@Component
@Order(41)
@DemoData
class AllocationDemoData implements ApplicationRunner {

    static final String TITLE_DE = "EVA: Hospitationen im Frühjahr (Vergabe)";

    private static final Logger log = LoggerFactory.getLogger(AllocationDemoData.class);

    private final DemoMode demoMode;
    private final ProgrammeRepository programmes;
    private final CallService calls;
    private final PlacementService placements;
    private final ApplicationRepository applications;
    private final ScorecardRepository scorecards;
    private final QuotaRepository quotas;
    private final Organisation organisation;
    private final StaffDirectory staff;
    private final Clock clock;
    private final AllocationRepository allocations;
    private final AllocationEntryRepository entries;
    private final StayRepository stays;
    private final AgreementRepository agreements;
    private final AgreementVersionRepository agreementVersions;
    private final CertificateRepository certificates;

    AllocationDemoData(
            DemoMode demoMode,
            ProgrammeRepository programmes,
            CallService calls,
            PlacementService placements,
            ApplicationRepository applications,
            ScorecardRepository scorecards,
            QuotaRepository quotas,
            Organisation organisation,
            StaffDirectory staff,
            Clock clock,
            AllocationRepository allocations,
            AllocationEntryRepository entries,
            StayRepository stays,
            AgreementRepository agreements,
            AgreementVersionRepository agreementVersions,
            CertificateRepository certificates) {
        this.certificates = certificates;
        this.allocations = allocations;
        this.entries = entries;
        this.stays = stays;
        this.agreements = agreements;
        this.agreementVersions = agreementVersions;
        this.demoMode = demoMode;
        this.programmes = programmes;
        this.calls = calls;
        this.placements = placements;
        this.applications = applications;
        this.scorecards = scorecards;
        this.quotas = quotas;
        this.organisation = organisation;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.isDemoInstance()
                || calls.all().stream().anyMatch(c -> c.getTitleDe().equals(TITLE_DE))) {
            return;
        }
        Optional<Programme> eva = programmes.findAll().stream()
                .filter(p -> p.getCode().equals("EVA"))
                .findFirst();
        Optional<StaffMember> admin = staff.staffMember("admin");
        if (eva.isEmpty() || admin.isEmpty() || organisation.unitByCode("PAR").isEmpty()) {
            return;
        }
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate today = LocalDate.now(clock.withZone(berlin));
        LocalDate from = today.plusMonths(4).withDayOfMonth(1);
        Call call = calls.createExample(new CallDetails(
                eva.get().getId(),
                TITLE_DE,
                "EVA: spring work-shadowing (allocation)",
                today.minusDays(40).atTime(9, 0),
                today.minusDays(7).atTime(23, 59),
                berlin,
                from,
                from.plusMonths(6).minusDays(1),
                4,
                12,
                24,
                Set.of(unit("SENUVK"), unit("SENSW")),
                Set.of("fr", "pl", "de", "en")));
        Placement digital = placement(
                call, "PAR", "Digitale Bürgerdienste", "Digital citizen services", 8, 1, skill("fr", CefrLevel.B1));
        Placement housing = placement(
                call,
                "VIE",
                "Gemeindebau und Sanierung",
                "Council housing and renewal",
                10,
                1,
                skill("de", CefrLevel.C1));
        Placement climate = placement(
                call,
                "WAW",
                "Hitzeschutz in der Stadt",
                "Heat protection in the city",
                8,
                2,
                skill("en", CefrLevel.B2));
        quotas.save(new Quota(
                unit("PAR"), from.getYear(), 2, "Mit der Stadt Paris für EVA vereinbart (Demo)", clock.instant()));

        Instant applied = clock.instant().minus(Duration.ofDays(30));
        // Stefan Staff: his first choice goes to a higher score, his second needs German C1, his third he gets.
        application(
                call,
                "staff",
                List.of(skill("fr", CefrLevel.B2), skill("de", CefrLevel.B2), skill("en", CefrLevel.C1)),
                "Paris digitalisiert seine Bürgerdienste konsequent; das möchte ich für Berlin kennenlernen.",
                "Nutzerzentrierte Dienste, Beteiligung, Betrieb.",
                applied,
                null,
                digital,
                housing,
                climate);
        application(
                call,
                "editor",
                List.of(skill("fr", CefrLevel.C1), skill("en", CefrLevel.C1)),
                "Ich betreue das Online-Angebot der Senatsverwaltung und will von Paris lernen.",
                "Service-Design und Barrierefreiheit.",
                applied,
                42,
                digital);
        application(
                call,
                "viewer",
                List.of(skill("pl", CefrLevel.C1), skill("en", CefrLevel.B2)),
                "Hitzeaktionspläne sind in Warschau weiter als bei uns.",
                "Hitzeschutzmaßnahmen und ihre Bewertung.",
                applied,
                35,
                climate,
                housing);
        application(
                call,
                "supervisor",
                List.of(skill("de", CefrLevel.C2), skill("en", CefrLevel.C1)),
                "Wien zeigt, wie Sanierung ohne Verdrängung gelingt.",
                "Förderinstrumente und Mieterbeteiligung.",
                applied,
                30,
                housing);
        log.info("Loaded an EVA call in allocation: four shortlisted applications, three of them scored");
        allocatedCall(eva.get(), berlin, today);
        pastCall(eva.get(), berlin, today);
    }

    /**
     * A call of EVA whose stays ended this year: Vera Viewer's stay in Warsaw completed, its agreement approved by
     * all three parties, and her certificate issued (its number can be checked on the public site).
     */
    private void pastCall(Programme eva, ZoneId berlin, LocalDate today) {
        Optional<StaffMember> viewer = staff.staffMember("viewer");
        Optional<StaffMember> admin = staff.staffMember("admin");
        if (viewer.isEmpty()
                || admin.isEmpty()
                || viewer.get().unitId() == null
                || organisation.unitByCode("WAW").isEmpty()) {
            return;
        }
        LocalDate from = today.minusMonths(5).withDayOfMonth(1);
        Call call = calls.createExample(new CallDetails(
                eva.getId(),
                "EVA: Hospitationen im Sommer",
                "EVA: summer work-shadowing",
                from.minusMonths(4).atTime(9, 0),
                from.minusMonths(3).atTime(23, 59),
                berlin,
                from,
                from.plusMonths(4).minusDays(1),
                4,
                12,
                24,
                Set.of(unit("SENUVK"), unit("SENSW")),
                Set.of("pl", "en")));
        Placement warsaw = placement(
                call,
                "WAW",
                "Grünflächen im Klimawandel",
                "Green spaces in a changing climate",
                8,
                1,
                skill("en", CefrLevel.B2));
        StaffMember me = viewer.get();
        Instant applied = from.minusMonths(4).plusDays(3).atStartOfDay(berlin).toInstant();
        Application application =
                new Application(call.getId(), me.accountId(), me.displayName(), me.email(), me.unitId(), applied);
        application.updateDraft(new ApplicationDetails(
                me.unitId(),
                "Referentin für Stadtgrün",
                List.of(skill("pl", CefrLevel.B1), skill("en", CefrLevel.C1)),
                "Warschau pflegt seine Parks mit weniger Wasser.",
                "Pflegekonzepte und Bewässerung kennenlernen.",
                List.of(warsaw.getId()),
                call.getStaysFrom(),
                call.getStaysTo(),
                8,
                staff.staffMember("supervisor").map(StaffMember::accountId).orElse(null)));
        ApplicationStatus at = ApplicationStatus.DRAFT;
        Instant when = applied;
        for (ApplicationStatus to : List.of(
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.RELEASED,
                ApplicationStatus.CHECKED,
                ApplicationStatus.SHORTLISTED,
                ApplicationStatus.PLACED)) {
            StaffMember actor = to == ApplicationStatus.SUBMITTED ? me : admin.get();
            application.move(at, to, actor.accountId(), actor.displayName(), null, when);
            at = to;
            when = when.plus(Duration.ofDays(4));
        }
        Application placed = applications.save(application);
        Allocation allocation = allocations.save(new Allocation(
                call.getId(), 20_260_601L, 1, 1, admin.get().displayName(), when.minus(Duration.ofDays(1))));
        allocation.publish(admin.get().displayName(), when);
        entries.save(new AllocationEntry(
                allocation.getId(),
                placed.getId(),
                1,
                new java.math.BigDecimal("38.00"),
                warsaw.getId(),
                1,
                List.of(ChoiceOutcome.of(1, warsaw.getId(), ChoiceOutcome.Outcome.GOT))));
        Stay stay = Stay.outgoing(
                placed,
                warsaw,
                unit("WAW"),
                call.getStaysFrom(),
                Eligibility.stayEnd(call.getStaysFrom(), warsaw),
                when);
        for (org.jumelage.exchange.StayStatus next : List.of(
                org.jumelage.exchange.StayStatus.CONFIRMED,
                org.jumelage.exchange.StayStatus.ONGOING,
                org.jumelage.exchange.StayStatus.COMPLETED)) {
            stay.moveTo(next, null, when);
        }
        stay = stays.save(stay);
        TrainingAgreement agreement = agreements.save(new TrainingAgreement(stay.getId(), when));
        AgreementVersion version = new AgreementVersion(
                agreement.getId(),
                1,
                new AgreementTerms(
                        stay.getStartsOn(),
                        stay.getEndsOn(),
                        "en",
                        "Pflege und Bewässerung städtischer Grünflächen bei Trockenheit kennenlernen.",
                        "Berlins Grünflächenämter suchen wassersparende Pflege; Warschau erprobt sie seit 2019.",
                        "Mitarbeit in der Grünflächenverwaltung, Begehungen, Auswertung der Messdaten.",
                        "Ein Leitfaden für wassersparende Pflege, vorgestellt in den Bezirken.",
                        "Ich nehme wie vereinbart teil und gebe das Gelernte weiter.",
                        "Freistellung und Übernahme der Kosten.",
                        "Ein Mentor im Umweltamt, Zugang zu den Messdaten."),
                admin.get().displayName(),
                when);
        version.approve(AgreementVersion.Party.PARTICIPANT, me.displayName(), when);
        version.approve(AgreementVersion.Party.SENDING, admin.get().displayName(), when);
        version.approve(AgreementVersion.Party.RECEIVING, "Wojciech Warsaw (Demo)", when);
        agreementVersions.save(version);
        UnitRef host = organisation.unitByCode("WAW").orElseThrow();
        certificates.save(new Certificate(
                stay,
                me.accountId(),
                warsaw,
                host.nameDe(),
                host.nameEn(),
                admin.get().displayName(),
                clock.instant()));
        log.info("Loaded a past EVA call: a completed stay in Warsaw with its agreement and certificate");
    }

    /**
     * A call of EVA allocated two months ago: Erik Editor placed in Paris, his stay beginning next month, its training
     * agreement approved by him and by HR and waiting for Paris's coordinator.
     */
    private void allocatedCall(Programme eva, ZoneId berlin, LocalDate today) {
        Optional<StaffMember> editor = staff.staffMember("editor");
        Optional<StaffMember> hr = staff.staffMember("hr");
        Optional<StaffMember> admin = staff.staffMember("admin");
        if (editor.isEmpty() || hr.isEmpty() || admin.isEmpty() || editor.get().unitId() == null) {
            return;
        }
        LocalDate from = today.plusMonths(1).withDayOfMonth(1);
        Call call = calls.createExample(new CallDetails(
                eva.getId(),
                "EVA: Hospitationen im Winter",
                "EVA: winter work-shadowing",
                today.minusDays(120).atTime(9, 0),
                today.minusDays(60).atTime(23, 59),
                berlin,
                from,
                from.plusMonths(4).minusDays(1),
                4,
                12,
                24,
                Set.of(unit("SENUVK"), unit("SENSW")),
                Set.of("fr", "de", "en")));
        Placement paris = placement(
                call,
                "PAR",
                "Stadtreinigung und Kreislaufwirtschaft",
                "Street cleaning and the circular economy",
                6,
                1,
                skill("fr", CefrLevel.B1));
        Instant applied = clock.instant().minus(Duration.ofDays(100));
        StaffMember me = editor.get();
        Application application =
                new Application(call.getId(), me.accountId(), me.displayName(), me.email(), me.unitId(), applied);
        application.updateDraft(new ApplicationDetails(
                me.unitId(),
                "Referent für Stadtsauberkeit",
                List.of(skill("fr", CefrLevel.C1)),
                "Paris hat die Straßenreinigung neu organisiert; ich möchte sehen, wie.",
                "Touren, Personal und Beteiligung der Quartiere kennenlernen.",
                List.of(paris.getId()),
                call.getStaysFrom(),
                call.getStaysTo(),
                6,
                staff.staffMember("supervisor").map(StaffMember::accountId).orElse(null)));
        ApplicationStatus at = ApplicationStatus.DRAFT;
        Instant when = applied;
        for (ApplicationStatus to : List.of(
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.RELEASED,
                ApplicationStatus.CHECKED,
                ApplicationStatus.SHORTLISTED,
                ApplicationStatus.PLACED)) {
            StaffMember actor = switch (to) {
                case SUBMITTED -> me;
                case RELEASED -> staff.staffMember("supervisor").orElse(hr.get());
                case CHECKED -> hr.get();
                default -> admin.get();
            };
            application.move(at, to, actor.accountId(), actor.displayName(), null, when);
            at = to;
            when = when.plus(Duration.ofDays(5));
        }
        Application placed = applications.save(application);
        Allocation allocation = allocations.save(new Allocation(
                call.getId(), 20_261_203L, 1, 1, admin.get().displayName(), when.minus(Duration.ofDays(1))));
        allocation.publish(admin.get().displayName(), when);
        entries.save(new AllocationEntry(
                allocation.getId(),
                placed.getId(),
                1,
                new java.math.BigDecimal("41.00"),
                paris.getId(),
                1,
                List.of(ChoiceOutcome.of(1, paris.getId(), ChoiceOutcome.Outcome.GOT))));
        Stay stay = stays.save(Stay.outgoing(
                placed,
                paris,
                unit("PAR"),
                call.getStaysFrom(),
                Eligibility.stayEnd(call.getStaysFrom(), paris),
                when));
        TrainingAgreement agreement = agreements.save(new TrainingAgreement(stay.getId(), when));
        AgreementVersion first = new AgreementVersion(
                agreement.getId(),
                1,
                new AgreementTerms(
                        stay.getStartsOn().plusDays(1),
                        stay.getEndsOn().minusDays(1),
                        "fr",
                        "Organisation der Straßenreinigung und der Sammlung in einem Arrondissement kennenlernen.",
                        "Berlin plant eine neue Reinigungsordnung; Paris erprobt seit Jahren Quartiersteams.",
                        "Mitarbeit im Quartiersteam, Begleitung der Nachtschichten, Gespräche mit der Planung.",
                        "Ein Bericht mit Empfehlungen für die Berliner Reinigungsordnung; ein gemeinsamer Workshop.",
                        "Ich nehme wie vereinbart teil, schreibe einen Bericht und gebe das Gelernte weiter.",
                        "Freistellung für den Zeitraum, Übernahme der Reise- und Aufenthaltskosten.",
                        "Eine Mentorin in der Direction de la Propreté, Zugang zu den Teams."),
                admin.get().displayName(),
                when);
        first.approve(AgreementVersion.Party.PARTICIPANT, me.displayName(), when.plus(Duration.ofDays(1)));
        first.approve(AgreementVersion.Party.SENDING, hr.get().displayName(), when.plus(Duration.ofDays(2)));
        agreementVersions.save(first);
        log.info("Loaded an allocated EVA call: a stay in Paris whose training agreement waits for Paris");
    }

    /**
     * A shortlisted application of the demo account, with its history (each step by its person), scored by the office
     * with {@code points} (a scorecard of equal marks, under the default rubric 10 points a mark) unless null.
     */
    private void application(
            Call call,
            String username,
            List<LanguageSkill> languages,
            String motivation,
            String objectives,
            Instant applied,
            Integer points,
            Placement... choices) {
        Optional<StaffMember> applicant = staff.staffMember(username);
        Optional<StaffMember> supervisor = staff.staffMember("supervisor");
        Optional<StaffMember> hr = staff.staffMember("hr");
        Optional<StaffMember> admin = staff.staffMember("admin");
        if (applicant.isEmpty()
                || supervisor.isEmpty()
                || hr.isEmpty()
                || admin.isEmpty()
                || applicant.get().unitId() == null) {
            return;
        }
        StaffMember me = applicant.get();
        boolean ownSupervisor = me.accountId() == supervisor.get().accountId();
        Application application =
                new Application(call.getId(), me.accountId(), me.displayName(), me.email(), me.unitId(), applied);
        application.updateDraft(new ApplicationDetails(
                me.unitId(),
                "Referentin oder Referent",
                languages,
                motivation,
                objectives,
                java.util.Arrays.stream(choices)
                        .filter(java.util.Objects::nonNull)
                        .map(Placement::getId)
                        .toList(),
                call.getStaysFrom(),
                call.getStaysTo(),
                10,
                ownSupervisor ? null : supervisor.get().accountId()));
        StaffMember releasedBy = ownSupervisor ? hr.get() : supervisor.get();
        application.move(
                ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, me.accountId(), me.displayName(), null, applied);
        application.move(
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.RELEASED,
                releasedBy.accountId(),
                releasedBy.displayName(),
                null,
                applied.plus(Duration.ofDays(2)));
        application.move(
                ApplicationStatus.RELEASED,
                ApplicationStatus.CHECKED,
                hr.get().accountId(),
                hr.get().displayName(),
                null,
                applied.plus(Duration.ofDays(4)));
        application.move(
                ApplicationStatus.CHECKED,
                ApplicationStatus.SHORTLISTED,
                admin.get().accountId(),
                admin.get().displayName(),
                null,
                applied.plus(Duration.ofDays(6)));
        Application saved = applications.save(application);
        if (points != null) {
            int mark = points / 10;
            Scorecard card = new Scorecard(
                    saved.getId(), admin.get().accountId(), admin.get().displayName());
            Map<Criterion, Integer> marks = new java.util.EnumMap<>(Criterion.class);
            for (Criterion criterion : Criterion.values()) {
                marks.put(criterion, mark);
            }
            // One criterion a mark apart, so that equal marks do not make every demo score a multiple of ten.
            marks.put(Criterion.MOTIVATION, Math.min(Criterion.MAX_MARK, mark + points % 10 / 3));
            card.score(call.getWeights(), marks, null, applied.plus(Duration.ofDays(8)));
            scorecards.save(card);
        }
    }

    private Placement placement(
            Call call, String unitCode, String topicDe, String topicEn, int weeks, int places, LanguageSkill language) {
        return placements.createExample(new PlacementDetails(
                call.getId(),
                unit(unitCode),
                topicDe,
                topicEn,
                null,
                null,
                call.getStaysFrom(),
                call.getStaysFrom().plusWeeks(weeks + 6).minusDays(1),
                weeks,
                places,
                null,
                List.of(language)));
    }

    private long unit(String code) {
        return organisation.unitByCode(code).map(UnitRef::id).orElseThrow();
    }

    private static LanguageSkill skill(String language, CefrLevel level) {
        return new LanguageSkill(language, level);
    }
}
