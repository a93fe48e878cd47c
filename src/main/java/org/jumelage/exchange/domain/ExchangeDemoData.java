package org.jumelage.exchange.domain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jumelage.exchange.ProgrammeStatus;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.people.DemoData;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange as the specification page describes it: the administrations of Helsinki, Paris, Warsaw, Vienna and
 * Amsterdam (Paris with a directorate, as host units will need), the pilot "Move Your Mind" (2012–2014) and its
 * successor EVA, whose start year the page does not give and so stays open.
 */
@Component
@Order(40)
@DemoData
class ExchangeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExchangeDemoData.class);

    private final ProgrammeRepository programmes;
    private final ProgrammeService service;
    private final CallService calls;
    private final Organisation organisation;
    private final PartnerCatalog catalog;
    private final java.time.Clock clock;
    private final PlacementRepository placementRepository;
    private final PlacementService placementService;
    private final ApplicationRepository applicationRepository;
    private final NominationRepository nominationRepository;
    private final org.jumelage.people.StaffDirectory staff;

    private final org.jumelage.people.DemoMode demoMode;

    ExchangeDemoData(
            ProgrammeRepository programmes,
            ProgrammeService service,
            CallService calls,
            Organisation organisation,
            PartnerCatalog catalog,
            java.time.Clock clock,
            PlacementRepository placementRepository,
            PlacementService placementService,
            ApplicationRepository applicationRepository,
            NominationRepository nominationRepository,
            org.jumelage.people.StaffDirectory staff,
            org.jumelage.people.DemoMode demoMode) {
        this.demoMode = demoMode;
        this.placementRepository = placementRepository;
        this.placementService = placementService;
        this.applicationRepository = applicationRepository;
        this.nominationRepository = nominationRepository;
        this.staff = staff;
        this.programmes = programmes;
        this.service = service;
        this.calls = calls;
        this.organisation = organisation;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Only into the demo installation the demo organisation was loaded into, never beside real data.
        if (!demoMode.isDemoInstance()) {
            return;
        }
        if (catalog.cities().isEmpty()) {
            return;
        }
        if (programmes.count() == 0) {
            loadProgrammes();
        }
        if (placementRepository.count() == 0) {
            loadPlacements();
        }
    }

    private void loadProgrammes() {
        Map<String, Long> administrations = new HashMap<>();
        administration(administrations, "Helsinki", "HEL", "Stadt Helsinki", "City of Helsinki");
        administration(administrations, "Paris", "PAR", "Stadt Paris", "City of Paris");
        administration(administrations, "Warsaw", "WAW", "Stadt Warschau", "City of Warsaw");
        administration(administrations, "Vienna", "VIE", "Stadt Wien", "City of Vienna");
        administration(administrations, "Amsterdam", "AMS", "Stadt Amsterdam", "City of Amsterdam");
        if (organisation.unitByCode("PAR-DRH").isEmpty()) {
            organisation.addUnit(
                    administrations.get("PAR"),
                    "PAR-DRH",
                    "Direction des Ressources Humaines (Personalabteilung)",
                    "Direction des Ressources Humaines (human resources)");
        }

        service.createExample(
                "MYM",
                new ProgrammeDetails(
                        "European City Exchange – Move Your Mind (MYM)",
                        "European City Exchange – Move Your Mind (MYM)",
                        "Pilotprojekt für einen Verwaltungsaustausch mit Helsinki, Paris, Warschau, Wien und Amsterdam, "
                                + "initiiert und evaluiert vom Referat für EU und Internationales; von der EU-Kommission "
                                + "als herausragendes Projekt ausgezeichnet.",
                        "Pilot project for an exchange of administrative staff with Helsinki, Paris, Warsaw, Vienna "
                                + "and Amsterdam, initiated and evaluated by the Unit for EU and International "
                                + "Affairs; awarded by the European Commission as an outstanding project.",
                        "ERASMUS-Unterprogramm Leonardo da Vinci",
                        "ERASMUS sub-programme Leonardo da Vinci",
                        2012,
                        2014,
                        ProgrammeStatus.ENDED,
                        units(administrations, "SKZL", "HEL", "PAR", "WAW", "VIE", "AMS")));
        Programme eva = service.createExample(
                "EVA",
                new ProgrammeDetails(
                        "Europäischer Verwaltungsaustausch (EVA)",
                        "European Administrative Exchange (EVA)",
                        "Nachfolger von Move Your Mind: Beschäftigte der Senatsverwaltung für Umwelt, Verkehr und "
                                + "Klimaschutz und der Senatsverwaltung für Stadtentwicklung und Wohnen hospitieren "
                                + "mehrere Monate in Verwaltungen der Partnerstädte; Paris, Warschau und Wien senden "
                                + "Kolleginnen und Kollegen nach Berlin.",
                        "Successor of Move Your Mind: staff of the Senate Departments for the Environment, Transport "
                                + "and Climate Protection and for Urban Development and Housing spend several months "
                                + "in the administrations of partner cities; Paris, Warsaw and Vienna send colleagues "
                                + "to Berlin.",
                        null,
                        null,
                        null,
                        null,
                        ProgrammeStatus.ACTIVE,
                        units(administrations, "SENUVK", "SENSW", "PAR", "WAW", "VIE")));
        // An open call of EVA, relative to today, so that the demo always has one to apply to.
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(berlin));
        java.time.LocalDate staysFrom = today.plusMonths(3).withDayOfMonth(1);
        calls.createExample(new CallDetails(
                eva.getId(),
                "EVA: Hospitationen in Paris, Warschau und Wien",
                "EVA: work-shadowing in Paris, Warsaw and Vienna",
                today.minusDays(10).atTime(9, 0),
                today.plusDays(30).atTime(23, 59),
                berlin,
                staysFrom,
                staysFrom.plusMonths(8).minusDays(1),
                4,
                12,
                24,
                units(administrations, "SENUVK", "SENSW"),
                Set.of("fr", "pl", "de", "en")));
        log.info("Loaded the staff exchange: Move Your Mind, EVA with an open call, five partner administrations");
    }

    /**
     * Host placements of the open EVA call in Paris, Warsaw and Vienna, two Berlin hosting offers, one application
     * waiting for its supervisor's release and one nomination from Warsaw: enough for every role to find work.
     */
    private void loadPlacements() {
        Programme eva = programmes.findAll().stream()
                .filter(p -> p.getCode().equals("EVA"))
                .findFirst()
                .orElse(null);
        Call call = eva == null
                ? null
                : calls.open().stream()
                        .filter(c -> c.getProgrammeId() == eva.getId())
                        .findFirst()
                        .orElse(null);
        if (call == null) {
            return;
        }
        java.time.LocalDate from = call.getStaysFrom();
        Placement paris = placement(
                call,
                "PAR",
                "Radverkehrsplanung (Plan Vélo)",
                "Cycling planning (Plan Vélo)",
                "Mitarbeit im Team, das den Radverkehrsplan der Stadt Paris umsetzt.",
                "Work in the team implementing the City of Paris's cycling plan.",
                from,
                12,
                2,
                "Claire Martin (Demo)",
                java.util.List.of(skill("fr", "B1")));
        placement(
                call,
                "WAW",
                "Klimaanpassung und Stadtgrün",
                "Climate adaptation and urban green",
                "Hospitation im Büro für Umweltschutz der Stadt Warschau.",
                "Work-shadowing in the City of Warsaw's environmental protection office.",
                from.plusMonths(1),
                8,
                1,
                "Tomasz Nowak (Demo)",
                java.util.List.of(skill("en", "B2")));
        placement(
                call,
                "VIE",
                "Sozialer Wohnungsbau (Wiener Modell)",
                "Social housing (the Vienna model)",
                "Einblick in Planung und Vergabe geförderter Wohnungen.",
                "Insight into planning and allocating subsidised housing.",
                from,
                10,
                1,
                "Lena Huber (Demo)",
                java.util.List.of(skill("de", "C1")));
        Placement hosting = placement(
                call,
                "SENUVK",
                "Verkehrsplanung in der Senatsverwaltung",
                "Transport planning at the Senate Department",
                "Gäste aus Partnerstädten arbeiten in der Verkehrsplanung mit.",
                "Guests from partner cities join the transport planning team.",
                from,
                8,
                2,
                null,
                java.util.List.of(skill("de", "B1")));
        placement(
                call,
                "SENSW",
                "Stadtentwicklung und Wohnen",
                "Urban development and housing",
                "Hospitation in der Wohnungsbauleitstelle.",
                "Work-shadowing in the housing construction office.",
                from.plusMonths(2),
                6,
                1,
                null,
                java.util.List.of(skill("en", "B2")));
        if (paris == null || hosting == null) {
            return;
        }
        // Erik Editor has applied; the application waits five days for Susanne Supervisor's release.
        staff.staffMember("editor")
                .ifPresent(editor -> staff.staffMember("supervisor").ifPresent(supervisor -> {
                    java.time.Instant applied = clock.instant().minus(java.time.Duration.ofDays(5));
                    Application application = new Application(
                            call.getId(),
                            editor.accountId(),
                            editor.displayName(),
                            editor.email(),
                            editor.unitId(),
                            applied);
                    application.updateDraft(new ApplicationDetails(
                            editor.unitId(),
                            "Referent für Radverkehr",
                            java.util.List.of(skill("fr", "B2"), skill("en", "C1")),
                            "Paris hat in wenigen Jahren ein Radnetz aufgebaut; davon möchte ich lernen.",
                            "Planungs- und Beteiligungsverfahren kennenlernen; Kontakte für gemeinsame Projekte.",
                            java.util.List.of(paris.getId()),
                            from,
                            from.plusWeeks(12).minusDays(1),
                            12,
                            supervisor.accountId()));
                    application.move(
                            org.jumelage.exchange.ApplicationStatus.DRAFT,
                            org.jumelage.exchange.ApplicationStatus.SUBMITTED,
                            editor.accountId(),
                            editor.displayName(),
                            null,
                            applied);
                    applicationRepository.save(application);
                }));
        organisation
                .unitByCode("WAW")
                .ifPresent(warsaw -> nominationRepository.save(new Nomination(
                        hosting.getId(),
                        warsaw.id(),
                        "Anna Kowalska (Demo)",
                        "anna.kowalska@demo.jumelage.invalid",
                        "Verkehrsplanerin / transport planner",
                        "pl, en C1, de B1",
                        "Erfahrungen mit Busspuren und Parkraummanagement austauschen.",
                        "warsaw",
                        clock.instant().minus(java.time.Duration.ofDays(2)))));
        log.info("Loaded the staff exchange's placements, an application and a nomination");
    }

    private Placement placement(
            Call call,
            String unitCode,
            String topicDe,
            String topicEn,
            String descriptionDe,
            String descriptionEn,
            java.time.LocalDate from,
            int weeks,
            int places,
            String mentor,
            java.util.List<LanguageSkill> languages) {
        return organisation
                .unitByCode(unitCode)
                .map(unit -> placementService.createExample(new PlacementDetails(
                        call.getId(),
                        unit.id(),
                        topicDe,
                        topicEn,
                        descriptionDe,
                        descriptionEn,
                        from,
                        from.plusWeeks(weeks + 2).minusDays(1),
                        weeks,
                        places,
                        mentor,
                        languages)))
                .orElse(null);
    }

    private static LanguageSkill skill(String language, String level) {
        return new LanguageSkill(language, org.jumelage.exchange.CefrLevel.valueOf(level));
    }

    private void administration(Map<String, Long> ids, String cityEn, String code, String nameDe, String nameEn) {
        catalog.cities().stream()
                .filter(c -> c.nameEn().equals(cityEn))
                .findFirst()
                .ifPresent(city -> ids.put(
                        code,
                        organisation
                                .partnerAdministration(city.id())
                                .orElseGet(() -> organisation.addPartnerAdministration(city.id(), code, nameDe, nameEn))
                                .id()));
    }

    private Set<Long> units(Map<String, Long> partnerAdministrations, String... codes) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String code : codes) {
            if (partnerAdministrations.containsKey(code)) {
                ids.add(partnerAdministrations.get(code));
            } else {
                organisation.unitByCode(code).map(UnitRef::id).ifPresent(ids::add);
            }
        }
        return ids;
    }
}
