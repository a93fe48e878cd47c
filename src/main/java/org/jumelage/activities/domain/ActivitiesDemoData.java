package org.jumelage.activities.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jumelage.activities.ActivityLevel;
import org.jumelage.activities.ActivityStatus;
import org.jumelage.activities.ActivityType;
import org.jumelage.activities.LessonRating;
import org.jumelage.activities.ParticipantRole;
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
 * A plausible set of activities over the years, every one marked as example data: the forms of cooperation the
 * specification page names (events, seminars, workshops, visits, study trips), the Move Your Mind pilot's seminars
 * (2012–2014), a good, a mixed and a poor project, a cancelled visit, and a few that are still to come.
 */
@Component
@Order(30)
@DemoData
class ActivitiesDemoData implements ApplicationRunner {

    /** English names of the demo's places where they differ from the German ones. */
    private static final Map<String, String> PLACES_EN =
            Map.of("Wien", "Vienna", "Warschau", "Warsaw", "Prag", "Prague", "Moskau", "Moscow");

    /** The public summaries in English, as the office would write them for the English site. */
    private static final Map<String, String> SUMMARIES_EN = Map.of(
            "Auftakt des Pilotprojekts für einen Verwaltungsaustausch mit fünf Partnerstädten.",
            "Start of the pilot project for an exchange of administrative staff with five partner cities.",
            "Die Hospitierenden aus sechs Städten berichteten von ihren Aufenthalten.",
            "The participants from six cities reported on their work-shadowing stays.",
            "Abschluss des Pilotprojekts Move Your Mind mit allen Partnerstädten.",
            "Close of the Move Your Mind pilot project with all partner cities.",
            "Eine Delegation aus Warschau besuchte Berlin zum Austausch über Radverkehr.",
            "A delegation from Warsaw visited Berlin to exchange views on cycling.",
            "Berliner Fachleute lernten in Paris, wie Quartiere verkehrsberuhigt werden.",
            "Experts from Berlin learnt in Paris how neighbourhoods are calmed from traffic.",
            "Berlin und Prag tauschten Erfahrungen mit Hitzeschutzplänen aus.",
            "Berlin and Prague shared their experience with heat protection plans.",
            "Fachleute aus Berlin und Warschau tauschen sich über bezahlbares Wohnen aus.",
            "Experts from Berlin and Warsaw exchange views on affordable housing.",
            "Der Regierende Bürgermeister besucht die Partnerstadt Paris.",
            "The Governing Mayor visits the partner city of Paris.");

    private static final Logger log = LoggerFactory.getLogger(ActivitiesDemoData.class);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ActivityRepository activities;
    private final ActivityService service;
    private final PartnerCatalog catalog;
    private final Organisation organisation;
    private final Clock clock;

    private final org.jumelage.people.DemoMode demoMode;

    ActivitiesDemoData(
            ActivityRepository activities,
            ActivityService service,
            PartnerCatalog catalog,
            Organisation organisation,
            Clock clock,
            org.jumelage.people.DemoMode demoMode) {
        this.demoMode = demoMode;
        this.activities = activities;
        this.service = service;
        this.catalog = catalog;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Only into the demo installation the demo organisation was loaded into, never beside real data.
        if (!demoMode.isDemoInstance()) {
            return;
        }
        if (activities.count() > 0 || catalog.cities().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));

        Activity kickOff = example(
                ActivityType.SEMINAR,
                "Move Your Mind: Auftaktseminar",
                "Move Your Mind: kick-off seminar",
                "Die Teilnehmenden des Pilotprojekts aus Berlin, Helsinki, Paris, Warschau, Wien und Amsterdam lernen sich und die Ziele der Hospitationen kennen.",
                Schedule.days(LocalDate.of(2012, 10, 15), LocalDate.of(2012, 10, 16), BERLIN),
                "Berlin",
                "Rotes Rathaus",
                cities("Helsinki", "Paris", "Warsaw", "Vienna", "Amsterdam"),
                units("SKZL-EUI"),
                themes("STAFF_EXCHANGE", "ADMINISTRATION"),
                "Auftakt des Pilotprojekts für einen Verwaltungsaustausch mit fünf Partnerstädten.",
                ActivityStatus.HELD);
        kickOff.recordOutcome(
                new Outcome(
                        "28 Beschäftigte aus sechs Verwaltungen bereiteten ihre Hospitationen vor.",
                        "Hospitationsplätze in allen fünf Partnerstädten vereinbart.",
                        "Tandems aus Gast und Mentorin vor der Hospitation zusammenbringen.",
                        "Sprachkurse kamen zu spät; manche konnten erst nach Wochen mitarbeiten.",
                        "Sprachvorbereitung drei Monate vor der Hospitation beginnen.",
                        LessonRating.MIXED),
                "demo",
                now);

        example(
                ActivityType.SEMINAR,
                "Move Your Mind: Zwischenseminar in Wien",
                "Move Your Mind: interim seminar in Vienna",
                "Erfahrungsaustausch der Hospitierenden nach den ersten Aufenthalten.",
                Schedule.days(LocalDate.of(2013, 6, 10), LocalDate.of(2013, 6, 11), ZoneId.of("Europe/Vienna")),
                "Wien",
                null,
                cities("Vienna", "Helsinki", "Paris", "Warsaw", "Amsterdam"),
                units("SKZL-EUI"),
                themes("STAFF_EXCHANGE"),
                "Die Hospitierenden aus sechs Städten berichteten von ihren Aufenthalten.",
                ActivityStatus.HELD);

        Activity evaluation = example(
                ActivityType.SEMINAR,
                "Move Your Mind: Abschluss- und Evaluationsseminar",
                "Move Your Mind: closing and evaluation seminar",
                "Auswertung des Pilotprojekts; die EU-Kommission zeichnete es später als herausragendes Projekt aus.",
                Schedule.days(LocalDate.of(2014, 9, 22), LocalDate.of(2014, 9, 23), BERLIN),
                "Berlin",
                "Berliner Rathaus",
                cities("Helsinki", "Paris", "Warsaw", "Vienna", "Amsterdam"),
                units("SKZL-EUI"),
                themes("STAFF_EXCHANGE", "ADMINISTRATION"),
                "Abschluss des Pilotprojekts Move Your Mind mit allen Partnerstädten.",
                ActivityStatus.HELD);
        evaluation.recordOutcome(
                new Outcome(
                        "Das Pilotprojekt ist ausgewertet; der Austausch wird als EVA fortgeführt.",
                        "Evaluationsbericht; Empfehlung zur Verstetigung.",
                        "Feste Ansprechpersonen in jeder Partnerverwaltung; klare Lernziele vor der Abreise.",
                        "Die Anerkennung der Hospitation in der Personalentwicklung war uneinheitlich.",
                        "Hospitationen in Zielvereinbarungen und Beurteilungen aufnehmen.",
                        LessonRating.GOOD),
                "demo",
                now);

        Activity warsaw = example(
                ActivityType.INCOMING_DELEGATION,
                "Delegation der Stadt Warschau zu Verkehrsplanung",
                "Delegation from the City of Warsaw on transport planning",
                "Fachleute der Warschauer Stadtverwaltung informierten sich über Berlins Radverkehrsstrategie.",
                Schedule.days(LocalDate.of(2013, 5, 6), LocalDate.of(2013, 5, 7), BERLIN),
                "Berlin",
                "Senatsverwaltung",
                cities("Warsaw"),
                units("SENUVK"),
                themes("TRANSPORT"),
                "Eine Delegation aus Warschau besuchte Berlin zum Austausch über Radverkehr.",
                ActivityStatus.HELD);
        warsaw.addParticipant(
                new ParticipantDetails(
                        null,
                        "Anna Kowalska",
                        null,
                        null,
                        "Leiterin der Delegation",
                        "Stadt Warschau",
                        null,
                        ParticipantRole.HEAD_OF_DELEGATION,
                        null),
                "demo",
                now);
        warsaw.addProgrammeItem(
                LocalDate.of(2013, 5, 6),
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                "Empfang und Einführung",
                "Rotes Rathaus",
                "Referat EU und Internationales",
                "demo",
                now);
        warsaw.addProgrammeItem(
                LocalDate.of(2013, 5, 7),
                LocalTime.of(9, 30),
                LocalTime.of(13, 0),
                "Radtour zu neuen Radwegen",
                null,
                "SenUVK",
                "demo",
                now);

        Activity paris = example(
                ActivityType.STUDY_TRIP,
                "Studienreise nach Paris: Verkehrsberuhigung",
                "Study trip to Paris: traffic calming",
                "Fachabteilung Verkehr besichtigte verkehrsberuhigte Quartiere.",
                Schedule.days(LocalDate.of(2019, 3, 18), LocalDate.of(2019, 3, 20), ZoneId.of("Europe/Paris")),
                "Paris",
                null,
                cities("Paris"),
                units("SENUVK"),
                themes("TRANSPORT", "URBAN_DEVELOPMENT"),
                "Berliner Fachleute lernten in Paris, wie Quartiere verkehrsberuhigt werden.",
                ActivityStatus.HELD);
        paris.recordOutcome(
                new Outcome(
                        "Drei Ansätze wurden für Berliner Kieze geprüft.",
                        null,
                        "Vor-Ort-Termine mit den Bezirken der Partnerstadt.",
                        "Zu viele Termine an einem Tag; keine Zeit für Nachfragen.",
                        "Höchstens drei Termine pro Tag planen.",
                        LessonRating.MIXED),
                "demo",
                now);

        Activity istanbul = example(
                ActivityType.WORKSHOP,
                "Workshop mit Istanbul: gemeinsamer EU-Antrag",
                "Workshop with Istanbul: joint EU application",
                "Ein gemeinsamer Förderantrag sollte vorbereitet werden.",
                Schedule.days(LocalDate.of(2016, 11, 8), LocalDate.of(2016, 11, 8), BERLIN),
                "Berlin",
                null,
                cities("Istanbul"),
                units("SKZL-EUI"),
                themes("ECONOMY"),
                null,
                ActivityStatus.HELD);
        istanbul.recordOutcome(
                new Outcome(
                        "Der Antrag wurde nicht eingereicht.",
                        null,
                        null,
                        "Zuständigkeiten und Fristen waren auf beiden Seiten unklar; die Übersetzung fehlte.",
                        "Vor einem gemeinsamen Antrag eine Absichtserklärung mit Zeitplan und Zuständigkeiten vereinbaren.",
                        LessonRating.POOR),
                "demo",
                now);

        example(
                ActivityType.WORKSHOP,
                "Klimaworkshop mit Prag",
                "Climate workshop with Prague",
                "Austausch über Hitzeschutzpläne.",
                Schedule.days(LocalDate.of(2023, 6, 20), LocalDate.of(2023, 6, 21), ZoneId.of("Europe/Prague")),
                "Prag",
                null,
                cities("Prague"),
                units("SENUVK"),
                themes("CLIMATE"),
                "Berlin und Prag tauschten Erfahrungen mit Hitzeschutzplänen aus.",
                ActivityStatus.HELD);

        Activity moscow = example(
                ActivityType.OUTGOING_DELEGATION,
                "Fachbesuch in Moskau",
                "Expert visit to Moscow",
                null,
                Schedule.days(LocalDate.of(2022, 4, 4), LocalDate.of(2022, 4, 6), ZoneId.of("Europe/Moscow")),
                "Moskau",
                null,
                cities("Moscow"),
                units("SKZL-EUI"),
                themes("ADMINISTRATION"),
                null,
                ActivityStatus.PLANNED);
        moscow.changeStatus(
                ActivityStatus.CANCELLED,
                "Abgesagt nach dem russischen Angriff auf die Ukraine; die Partnerschaft ruht.",
                "demo",
                now);

        Activity housing = example(
                ActivityType.SEMINAR,
                "Seminar mit Warschau: bezahlbares Wohnen",
                "Seminar with Warsaw: affordable housing",
                "Fachseminar der Wohnungsverwaltungen beider Städte.",
                Schedule.times(
                        today.plusDays(12),
                        LocalTime.of(9, 0),
                        today.plusDays(13),
                        LocalTime.of(16, 0),
                        ZoneId.of("Europe/Warsaw")),
                "Warschau",
                "Rathaus Warschau",
                cities("Warsaw"),
                units("SENSW"),
                themes("HOUSING"),
                "Fachleute aus Berlin und Warschau tauschen sich über bezahlbares Wohnen aus.",
                ActivityStatus.CONFIRMED);
        housing.addProgrammeItem(
                today.plusDays(12),
                LocalTime.of(9, 0),
                LocalTime.of(12, 30),
                "Wohnungspolitik im Vergleich",
                "Rathaus Warschau",
                null,
                "demo",
                now);

        // Two internal activities with Warsaw in the 2020s, with outcome and lessons: what a dossier for a
        // parliamentary
        // question about "Warsaw 2020–2025" finds (issue 15).
        Activity heat = example(
                ActivityType.SEMINAR,
                "Online-Seminar mit Warschau: Hitzeschutz in der Stadt",
                "Online seminar with Warsaw: protecting the city from heat",
                "Die Umweltverwaltungen beider Städte verglichen ihre Hitzeaktionspläne.",
                Schedule.days(LocalDate.of(2021, 6, 15), LocalDate.of(2021, 6, 15), BERLIN),
                null,
                null,
                cities("Warsaw"),
                units("SENUVK"),
                themes("CLIMATE", "ENVIRONMENT"),
                null,
                ActivityStatus.HELD);
        heat.recordOutcome(
                new Outcome(
                        "Berlin übernahm Warschaus Karte der kühlen Orte als Vorbild für den eigenen Hitzeaktionsplan.",
                        "Gemeinsame Liste von zwölf Maßnahmen; Folgetreffen der Fachleute vereinbart.",
                        "Kurze Impulse, danach Arbeit in kleinen Gruppen; Dolmetschen in beide Richtungen.",
                        "Die Einladung kam zu spät bei den Bezirken an; nur zwei Bezirke nahmen teil.",
                        "Bezirke sechs Wochen vorher einladen und nach ihren Fragen fragen.",
                        LessonRating.GOOD),
                "demo",
                now);
        Activity bikes = example(
                ActivityType.STUDY_TRIP,
                "Studienreise nach Warschau: Fahrradverleih und Radwege",
                "Study trip to Warsaw: bike sharing and cycle paths",
                "Fachleute aus Verwaltung und Bezirken besichtigten Warschaus Radwegenetz.",
                Schedule.days(LocalDate.of(2024, 9, 23), LocalDate.of(2024, 9, 25), ZoneId.of("Europe/Warsaw")),
                "Warschau",
                "Rathaus Warschau",
                cities("Warsaw"),
                units("SENUVK"),
                themes("TRANSPORT"),
                null,
                ActivityStatus.HELD);
        bikes.addParticipant(
                new ParticipantDetails(
                        null,
                        "Tomasz Nowak",
                        null,
                        null,
                        "Radverkehrsbeauftragter",
                        "Stadt Warschau",
                        null,
                        ParticipantRole.SPEAKER,
                        null),
                "demo",
                now);
        bikes.recordOutcome(
                new Outcome(
                        "Warschaus Ausschreibung für den Fahrradverleih dient als Muster für die nächste Berliner Vergabe.",
                        null,
                        "Besichtigungen mit dem Fahrrad statt im Bus; Gespräche mit den Betreibern.",
                        "Drei Tage waren zu kurz für die Zahl der Termine; die Auswertung blieb liegen.",
                        "Eine Auswertung innerhalb von vier Wochen nach der Reise fest einplanen.",
                        LessonRating.MIXED),
                "demo",
                now);

        example(
                ActivityType.OUTGOING_DELEGATION,
                "Besuch des Regierenden Bürgermeisters in Paris",
                "Governing Mayor's visit to Paris",
                "Politischer Besuch zum Jahrestag der Partnerschaft.",
                Schedule.days(today.plusDays(70), today.plusDays(71), ZoneId.of("Europe/Paris")),
                "Paris",
                null,
                cities("Paris"),
                units("SKZL"),
                themes("CULTURE"),
                "Der Regierende Bürgermeister besucht die Partnerstadt Paris.",
                ActivityStatus.PLANNED,
                ActivityLevel.POLITICAL);

        log.info("Loaded {} example activities", activities.count());
    }

    private Activity example(
            ActivityType type,
            String titleDe,
            String titleEn,
            String description,
            Schedule schedule,
            String place,
            String venue,
            Set<Long> cities,
            Set<Long> units,
            Set<String> themes,
            String publicSummary,
            ActivityStatus status) {
        return example(
                type,
                titleDe,
                titleEn,
                description,
                schedule,
                place,
                venue,
                cities,
                units,
                themes,
                publicSummary,
                status,
                ActivityLevel.DEPARTMENT);
    }

    private Activity example(
            ActivityType type,
            String titleDe,
            String titleEn,
            String description,
            Schedule schedule,
            String place,
            String venue,
            Set<Long> cities,
            Set<Long> units,
            Set<String> themes,
            String publicSummary,
            ActivityStatus status,
            ActivityLevel level) {
        return service.createExample(
                new ActivityDetails(
                        type,
                        level,
                        titleDe,
                        titleEn,
                        description,
                        null,
                        schedule,
                        place,
                        place == null ? null : PLACES_EN.get(place),
                        venue,
                        cities,
                        Set.of(),
                        units,
                        themes,
                        publicSummary != null,
                        publicSummary,
                        publicSummary == null ? null : SUMMARIES_EN.get(publicSummary)),
                status);
    }

    private Set<Long> cities(String... englishNames) {
        Set<String> names = new HashSet<>(Arrays.asList(englishNames));
        return catalog.cities().stream()
                .filter(c -> names.contains(c.nameEn()))
                .map(PartnerCatalog.CityRef::id)
                .collect(Collectors.toSet());
    }

    private Set<Long> units(String... codes) {
        return Arrays.stream(codes)
                .map(organisation::unitByCode)
                .flatMap(java.util.Optional::stream)
                .map(UnitRef::id)
                .collect(Collectors.toSet());
    }

    private static Set<String> themes(String... codes) {
        return Set.of(codes);
    }
}
