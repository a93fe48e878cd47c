package org.jumelage.exchange.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.CefrLevel;
import org.jumelage.exchange.ProgrammeStatus;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.StaffDirectory;
import org.jumelage.people.UnitRef;
import org.jumelage.people.domain.AccountService;
import org.springframework.context.ApplicationContext;

/**
 * Object mother for the statement-count tests: programmes, calls, placements, applications (with languages, choices
 * and their history), nominations and stays, written as the services and the demo data write them. Berlin's units,
 * the partner administrations and the applicants change from row to row, so that a page looking each one up shows it
 * in its statements. Programmes, calls and placements go through the services, so the caller signs in an
 * administrator.
 */
public final class ExchangeRows {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ProgrammeService programmes;
    private final CallService calls;
    private final PlacementService placements;
    private final PlacementRepository placementRepository;
    private final ApplicationRepository applications;
    private final NominationRepository nominations;
    private final StayRepository stays;
    private final Organisation organisation;
    private final AccountService accounts;
    private final Clock clock;

    /** The rows of the context's services and repositories. */
    public static ExchangeRows of(ApplicationContext context) {
        return new ExchangeRows(
                context.getBean(ProgrammeService.class),
                context.getBean(CallService.class),
                context.getBean(PlacementService.class),
                context.getBean(PlacementRepository.class),
                context.getBean(ApplicationRepository.class),
                context.getBean(NominationRepository.class),
                context.getBean(StayRepository.class),
                context.getBean(Organisation.class),
                context.getBean(AccountService.class),
                context.getBean(Clock.class));
    }

    private ExchangeRows(
            ProgrammeService programmes,
            CallService calls,
            PlacementService placements,
            PlacementRepository placementRepository,
            ApplicationRepository applications,
            NominationRepository nominations,
            StayRepository stays,
            Organisation organisation,
            AccountService accounts,
            Clock clock) {
        this.programmes = programmes;
        this.calls = calls;
        this.placements = placements;
        this.placementRepository = placementRepository;
        this.applications = applications;
        this.nominations = nominations;
        this.stays = stays;
        this.organisation = organisation;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A text no other row has, and that is part of no other such text. */
    public static String unique(String prefix) {
        return prefix + " " + (1000 + SEQUENCE.incrementAndGet()) + "x";
    }

    private static int row() {
        return SEQUENCE.get();
    }

    /** The partner administrations of the demo data (Helsinki, Paris, Warsaw, Vienna, Amsterdam). */
    public List<Long> administrations() {
        return organisation.administrations().values().stream()
                .filter(unit -> organisation.belongsToPartner(unit.id()))
                .map(UnitRef::id)
                .distinct()
                .toList();
    }

    /** Berlin's units, the Senate Department for the Environment, Transport and Climate Protection (SENUVK) first. */
    public List<Long> berlinUnits() {
        long first = unit("SENUVK");
        List<Long> units = new ArrayList<>(List.of(first));
        organisation.units().stream()
                .map(UnitRef::id)
                .filter(id -> id != first && !organisation.belongsToPartner(id))
                .forEach(units::add);
        return units;
    }

    /** Berlin's administrations (the senate departments, the districts): what a programme names besides partners. */
    public List<Long> berlinAdministrations() {
        return organisation.units().stream()
                .filter(unit -> unit.parentId() == null && !organisation.belongsToPartner(unit.id()))
                .map(UnitRef::id)
                .toList();
    }

    public long unit(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    private static <T> T pick(List<T> list, int row) {
        return list.get(Math.floorMod(row, list.size()));
    }

    /** An active programme with every partner administration of the demo data and one of Berlin's administrations. */
    public Programme programme(String name) {
        Set<Long> members = new LinkedHashSet<>(administrations());
        members.add(pick(berlinAdministrations(), row()));
        return programmes.create(
                "P-" + (1000 + SEQUENCE.incrementAndGet()),
                new ProgrammeDetails(
                        name,
                        name,
                        "Beschreibung",
                        "Description",
                        null,
                        null,
                        2020,
                        null,
                        ProgrammeStatus.ACTIVE,
                        members));
    }

    /** Programmes with one administration each besides Paris, a different one for each row; returns their names. */
    public List<String> programmes(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = unique("Programm");
            Set<Long> members = new LinkedHashSet<>(List.of(unit("PAR"), pick(administrations(), row())));
            members.add(pick(berlinAdministrations(), row()));
            programmes.create(
                    "P-" + (1000 + SEQUENCE.incrementAndGet()),
                    new ProgrammeDetails(
                            name, name, null, null, null, null, 2020, null, ProgrammeStatus.ACTIVE, members));
            names.add(name);
        }
        return names;
    }

    /** A call of the programme, open from yesterday for a month, that SENUVK's staff and one more unit may apply to. */
    public Call call(Programme programme, String title) {
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        LocalDate staysFrom = today.plusMonths(3).withDayOfMonth(1);
        return calls.create(new CallDetails(
                programme.getId(),
                title,
                title,
                today.minusDays(1).atTime(9, 0),
                today.plusDays(30).atTime(23, 59),
                BERLIN,
                staysFrom,
                staysFrom.plusMonths(8).minusDays(1),
                2,
                12,
                24,
                new LinkedHashSet<>(List.of(unit("SENUVK"), pick(berlinUnits(), row()))),
                Set.of("fr", "pl", "de", "en")));
    }

    /** Calls of the programme; returns their titles. */
    public List<String> calls(Programme programme, int count) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = unique("Ausschreibung");
            call(programme, title);
            titles.add(title);
        }
        return titles;
    }

    /** A placement of the call at the host unit, for two people, with two languages. */
    public Placement placement(Call call, long hostUnitId, String topic) {
        LocalDate from = call.getStaysFrom();
        return placements.create(new PlacementDetails(
                call.getId(),
                hostUnitId,
                topic,
                topic,
                "Beschreibung",
                "Description",
                from,
                from.plusWeeks(10).minusDays(1),
                8,
                2,
                "Mentorin",
                List.of(new LanguageSkill("fr", CefrLevel.B1), new LanguageSkill("en", CefrLevel.B2))));
    }

    /**
     * Placements of the call, by turns in Paris (topic "Paris …"), at one of Berlin's units (a hosting offer, "Berlin
     * …") and at another partner administration of the call's programme ("Partner …"); returns their topics. Paris's
     * coordinator sees the first two kinds.
     */
    public List<String> placements(Call call, int count) {
        long paris = unit("PAR");
        List<Long> others =
                new ArrayList<>(programmes.get(call.getProgrammeId()).getAdministrationIds());
        others.removeIf(id -> id == paris || !organisation.belongsToPartner(id));
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int row = row();
            String topic;
            long host;
            switch (Math.floorMod(row, 3)) {
                case 0 -> {
                    topic = unique("Paris");
                    host = paris;
                }
                case 1 -> {
                    topic = unique("Berlin");
                    host = pick(berlinUnits(), row);
                }
                default -> {
                    topic = unique("Partner");
                    host = pick(others, row);
                }
            }
            placement(call, host, topic);
            topics.add(topic);
        }
        return topics;
    }

    /** A new member of SENUVK's staff, with an account (a unique display name), who may apply to the calls. */
    public StaffDirectory.StaffMember applicant(String prefix) {
        String name = unique(prefix);
        String username = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        accounts.create(
                username, name, username + "@example.org", Role.STAFF, unit("SENUVK"), "passwort-" + username, false);
        return accounts.staffMember(username).orElseThrow();
    }

    /**
     * An application of the applicant to the call, with two languages and the call's placements as choices (up to
     * three), moved along the approval path to {@code status} by the supervisor, HR and the office.
     */
    public Application application(
            Call call, StaffDirectory.StaffMember applicant, long supervisorId, ApplicationStatus status) {
        Application application = new Application(
                call.getId(),
                applicant.accountId(),
                applicant.displayName(),
                applicant.email(),
                applicant.unitId(),
                clock.instant());
        List<Long> choices = placementRepository.findByCallIdOrderByTopicDeAsc(call.getId()).stream()
                .map(Placement::getId)
                .limit(ApplicationDetails.MAX_CHOICES)
                .toList();
        LocalDate from = call.getStaysFrom();
        application.updateDraft(new ApplicationDetails(
                applicant.unitId(),
                "Referentin",
                List.of(new LanguageSkill("fr", CefrLevel.B2), new LanguageSkill("en", CefrLevel.C1)),
                "Motivation",
                "Ziele",
                choices,
                from,
                from.plusWeeks(8).minusDays(1),
                8,
                supervisorId));
        List<ApplicationStatus> path = List.of(
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.RELEASED,
                ApplicationStatus.CHECKED,
                ApplicationStatus.SHORTLISTED,
                ApplicationStatus.PLACED);
        ApplicationStatus at = ApplicationStatus.DRAFT;
        for (ApplicationStatus next : path) {
            if (at == status) {
                break;
            }
            application.move(at, next, applicant.accountId(), applicant.displayName(), null, clock.instant());
            at = next;
        }
        return applications.save(application);
    }

    /** The applicant placed at the placement: the application is placed and the stay planned. */
    public Stay placed(Call call, StaffDirectory.StaffMember applicant, long supervisorId, Placement placement) {
        Application application = application(call, applicant, supervisorId, ApplicationStatus.PLACED);
        long host = organisation
                .administrationOf(placement.getHostUnitId())
                .orElseThrow()
                .id();
        return stays.save(Stay.outgoing(
                application,
                placement,
                host,
                placement.getPeriodFrom(),
                placement.getPeriodFrom().plusWeeks(8).minusDays(1),
                clock.instant()));
    }

    /** A guest nominated by the administration for the placement, accepted when asked: then the stay is planned. */
    public Nomination nomination(Placement placement, long administrationId, String guest, boolean accepted) {
        Nomination nomination = nominations.save(new Nomination(
                placement.getId(),
                administrationId,
                guest,
                "gast@example.org",
                "Planerin",
                "pl, en C1",
                "Motivation",
                "coordinator",
                clock.instant()));
        if (accepted) {
            nomination.accept(null, "editor", clock.instant());
            nomination = nominations.save(nomination);
            stays.save(Stay.incoming(nomination, placement, "Mentor", clock.instant()));
        }
        return nomination;
    }
}
