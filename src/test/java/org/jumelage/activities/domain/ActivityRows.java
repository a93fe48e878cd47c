package org.jumelage.activities.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jumelage.activities.ActivityLevel;
import org.jumelage.activities.ActivityType;
import org.jumelage.activities.LessonRating;
import org.jumelage.activities.ParticipantRole;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.people.Organisation;
import org.jumelage.people.StaffDirectory;
import org.jumelage.people.UnitRef;

/**
 * Object mother for the statement-count tests: activities on consecutive days from a first day, each with every kind
 * of child row a page could touch (two cities, a network, two units, two themes, two programme items, two
 * participants with accounts and one without, two tasks, an outcome with lessons). Every activity has the city, unit,
 * theme and participant of its {@link Spec}, for filters and feeds, and one more of each that changes from row to
 * row, so that a page looking each one up shows it in its statements. The caller signs in someone who may create
 * activities.
 */
public final class ActivityRows {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** What the activities share: whose they are and where in time they begin. */
    public record Spec(
            String prefix,
            long cityId,
            long unitId,
            String theme,
            long participantAccountId,
            boolean published,
            LocalDate firstDay) {}

    private final ActivityService activities;
    private final Spec spec;
    private final List<Long> cities;
    private final List<Long> networks;
    private final List<Long> units;
    private final List<String> themes;
    private final List<Long> accounts;
    private int day;

    /** Activities as the spec says, with the others of each kind taken from the catalogue and the organisation. */
    public ActivityRows(
            ActivityService activities,
            PartnerCatalog catalog,
            Organisation organisation,
            StaffDirectory staff,
            Spec spec) {
        this.activities = activities;
        this.spec = spec;
        this.cities = catalog.cities().stream()
                .map(PartnerCatalog.CityRef::id)
                .filter(id -> id != spec.cityId())
                .toList();
        this.networks =
                catalog.networks().stream().map(PartnerCatalog.NetworkRef::id).toList();
        this.units = organisation.units().stream()
                .map(UnitRef::id)
                .filter(id -> id != spec.unitId() && !organisation.belongsToPartner(id))
                .toList();
        this.themes = catalog.focusAreas().stream()
                .map(PartnerCatalog.FocusRef::code)
                .filter(code -> !code.equals(spec.theme()))
                .toList();
        this.accounts = staff.staff().stream()
                .map(StaffDirectory.StaffMember::accountId)
                .filter(id -> id != spec.participantAccountId())
                .toList();
    }

    /** Adds {@code count} activities, a day apart after the ones added before, and returns their German titles. */
    public List<String> add(int count) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate date = spec.firstDay().plusDays(day++);
            String title = spec.prefix() + " " + (1000 + SEQUENCE.incrementAndGet()) + "x";
            titles.add(title);
            add(title, date, day);
        }
        return titles;
    }

    private void add(String title, LocalDate date, int row) {
        Activity created = activities.create(new ActivityDetails(
                ActivityType.INCOMING_DELEGATION,
                ActivityLevel.DEPARTMENT,
                title,
                title,
                "Beschreibung",
                "Description",
                Schedule.times(date, LocalTime.of(9, 0), date, LocalTime.of(17, 0), ZoneId.of("Europe/Berlin")),
                "Berlin",
                null,
                "Rotes Rathaus",
                Set.of(spec.cityId(), pick(cities, row)),
                Set.of(pick(networks, row)),
                Set.of(spec.unitId(), pick(units, row)),
                Set.of(spec.theme(), pick(themes, row)),
                spec.published(),
                spec.published() ? "Zusammenfassung" : null,
                spec.published() ? "Summary" : null));
        long id = created.getId();
        activities.addProgrammeItem(
                id, version(id), date, LocalTime.of(9, 0), LocalTime.of(10, 0), "Empfang", "Saal", "Protokoll");
        activities.addProgrammeItem(
                id, version(id), date, LocalTime.of(10, 0), LocalTime.of(12, 0), "Fachgespräch", "Saal", null);
        activities.addParticipant(
                id,
                version(id),
                new ParticipantDetails(
                        spec.participantAccountId(), null, null, null, null, null, null, ParticipantRole.MEMBER, null));
        activities.addParticipant(
                id,
                version(id),
                new ParticipantDetails(
                        pick(accounts, row), null, null, null, null, null, null, ParticipantRole.SPEAKER, null));
        activities.addParticipant(
                id,
                version(id),
                new ParticipantDetails(
                        null,
                        "Jan Gast",
                        null,
                        null,
                        "Referent",
                        "Stadt",
                        "gast@example.org",
                        ParticipantRole.HEAD_OF_DELEGATION,
                        "vegetarisch"));
        activities.addTask(id, version(id), "Bericht schreiben", "Protokoll", date.plusDays(7));
        activities.addTask(id, version(id), "Fotos ablegen", null, null);
        activities.recordOutcome(
                id,
                version(id),
                new Outcome(
                        "Zusammenfassung",
                        "Ergebnisse",
                        "Gut lief",
                        "Weniger gut lief",
                        "Empfehlung",
                        LessonRating.GOOD));
    }

    private static <T> T pick(List<T> list, int row) {
        return list.get(Math.floorMod(row, list.size()));
    }

    private long version(long id) {
        return activities.get(id).getVersion();
    }
}
