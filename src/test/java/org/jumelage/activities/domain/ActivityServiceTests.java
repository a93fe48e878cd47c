package org.jumelage.activities.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jumelage.activities.ActivityCalendar;
import org.jumelage.activities.ActivityLevel;
import org.jumelage.activities.ActivityStatus;
import org.jumelage.activities.ActivityType;
import org.jumelage.activities.LessonRating;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** Activities on the real schema (also on PostgreSQL in CI): demo data, filters, rights, public views. */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
class ActivityServiceTests {

    @Autowired
    ActivityService activities;

    @Autowired
    ActivityCalendar calendar;

    @Autowired
    PartnerCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    NeedsRetention needs;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        var user = accounts.loadUser(username).orElseThrow();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private long city(String nameEn) {
        return catalog.cities().stream()
                .filter(c -> c.nameEn().equals(nameEn))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static ActivityDetails details(Set<Long> cities, LocalDate day) {
        return new ActivityDetails(
                ActivityType.WORKSHOP,
                ActivityLevel.DEPARTMENT,
                "Testworkshop",
                null,
                null,
                null,
                Schedule.days(day, day, ZoneId.of("Europe/Berlin")),
                "Berlin",
                null,
                null,
                cities,
                Set.of(),
                Set.of(),
                Set.of("CLIMATE"),
                false,
                null,
                null);
    }

    @Test
    void theDemoDataHoldsTheMoveYourMindSeminarsAndIsMarkedAsExample() {
        var all = activities.searchAll(ActivityQuery.all());
        assertThat(all)
                .filteredOn(a -> a.getCreatedBy().equals("demo"))
                .hasSizeGreaterThanOrEqualTo(10)
                .allMatch(Activity::isExample);
        var mym = activities.searchAll(
                new ActivityQuery(city("Helsinki"), ActivityType.SEMINAR, null, "STAFF_EXCHANGE", null, null, null));
        assertThat(mym).extracting(a -> a.getStartDate().getYear()).containsExactly(2012, 2013, 2014);
        assertThat(activities.lessons(null, null, null, 0).getContent())
                .extracting(Activity::getRating)
                .contains(LessonRating.GOOD, LessonRating.MIXED, LessonRating.POOR);
    }

    @Test
    void filtersCombineCityYearStatusAndOrganisingUnitWithItsSubUnits() {
        long warsaw = city("Warsaw");
        assertThat(activities.searchAll(new ActivityQuery(warsaw, null, null, null, 2013, null, null)))
                .extracting(Activity::getTitleDe)
                .contains("Delegation der Stadt Warschau zu Verkehrsplanung", "Move Your Mind: Zwischenseminar in Wien")
                .noneMatch(title -> title.contains("Wohnen"));
        // The demo data's one cancelled activity (other tests on the same database cancel activities of their own).
        assertThat(activities.searchAll(
                        new ActivityQuery(null, null, null, null, null, ActivityStatus.CANCELLED, null)))
                .filteredOn(Activity::isExample)
                .singleElement()
                .extracting(Activity::getCancelReason)
                .asString()
                .contains("ruht");
        // The Senate Chancellery (SKZL) includes its Unit for EU and International Affairs (SKZL-EUI).
        long chancellery = unit("SKZL");
        assertThat(activities.searchAll(new ActivityQuery(null, null, chancellery, null, null, null, null)))
                .extracting(Activity::getTitleDe)
                .contains("Move Your Mind: Auftaktseminar", "Besuch des Regierenden Bürgermeisters in Paris");
    }

    @Test
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    void theReportCountsInTheDatabaseWhatCountingTheSelectedActivitiesByHandGives() {
        for (ActivityQuery query : List.of(
                ActivityQuery.all(),
                new ActivityQuery(null, null, unit("SKZL"), null, null, null, null, 2012, 2016, null),
                new ActivityQuery(city("Warsaw"), null, null, null, null, null, null, 2010, 2030, null))) {
            List<Activity> selected = activities.searchAll(query);
            Map<Integer, Long> byYear = new java.util.TreeMap<>();
            Map<ActivityType, Long> byType = new java.util.HashMap<>();
            Map<Long, Long> byCity = new java.util.HashMap<>();
            Map<String, Long> byTheme = new java.util.HashMap<>();
            Map<org.jumelage.activities.LessonRating, Long> byRating = new java.util.HashMap<>();
            for (Activity a : selected) {
                byRating.merge(a.getRating(), 1L, Long::sum);
                byYear.merge(a.getStartDate().getYear(), 1L, Long::sum);
                byType.merge(a.getType(), 1L, Long::sum);
                a.getCityIds().forEach(c -> byCity.merge(c, 1L, Long::sum));
                a.getThemes().forEach(t -> byTheme.merge(t, 1L, Long::sum));
            }

            ActivityReport report = activities.report(query);

            assertThat(selected).as("%s", query).isNotEmpty();
            assertThat(report.total()).isEqualTo(selected.size());
            assertThat(report.byYear()).containsExactlyEntriesOf(byYear);
            assertThat(report.byType()).isEqualTo(byType);
            assertThat(report.byCity()).isEqualTo(byCity);
            assertThat(report.byTheme()).isEqualTo(byTheme);
            assertThat(report.byRating()).isEqualTo(byRating);
            assertThat(List.copyOf(report.byCity().values())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void aReportIsKeptUntilTheActivitiesChange() {
        ActivityQuery query = new ActivityQuery(city("Vienna"), null, null, null, null, null, null, 2035, 2035, null);
        ActivityReport first = activities.report(query);

        assertThat(activities.report(query)).isSameAs(first);
        signIn("admin");
        activities.create(details(Set.of(city("Vienna")), LocalDate.of(2035, 3, 3)));
        ActivityReport after = activities.report(query);

        assertThat(after.total()).isEqualTo(first.total() + 1);
        assertThat(after.byYear()).containsEntry(2035, first.byYear().getOrDefault(2035, 0L) + 1);
    }

    @Test
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    void lessonsAreFoundByRatingCityAndThemeInPagesLatestFirst() {
        var all = activities.lessons(null, null, null, 0);
        assertThat(all.getContent())
                .isNotEmpty()
                .allMatch(a -> a.getRating() != null
                        || a.getLessonsWorked() != null
                        || a.getLessonsNotWorked() != null
                        || a.getLessonsRecommendation() != null)
                .extracting(Activity::getStartsAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(activities.lessons(null, null, LessonRating.POOR, 0).getContent())
                .isNotEmpty()
                .allMatch(a -> a.getRating() == LessonRating.POOR);
        long warsaw = city("Warsaw");
        assertThat(activities.lessons("", warsaw, null, 0).getContent())
                .allMatch(a -> a.getCityIds().contains(warsaw));
        assertThat(activities.lessons("STAFF_EXCHANGE", null, null, 0).getContent())
                .isNotEmpty()
                .allMatch(a -> a.getThemes().contains("STAFF_EXCHANGE"));
        assertThat(activities.lessons(null, null, null, 0).getTotalElements())
                .isGreaterThan(
                        activities.lessons(null, null, LessonRating.POOR, 0).getTotalElements());
    }

    @Test
    void aDayFiltersTheActivitiesThatTouchIt() {
        List<Activity> all = activities.searchAll(ActivityQuery.all());
        LocalDate day = all.stream()
                .filter(a -> !a.getStartDate().equals(a.getEndDate()))
                .findFirst()
                .orElseThrow()
                .getEndDate();
        var onDay = activities.searchAll(new ActivityQuery(null, null, null, null, null, null, null, null, null, day));
        assertThat(onDay)
                .isNotEmpty()
                .extracting(Activity::getId)
                .containsExactlyInAnyOrderElementsOf(all.stream()
                        .filter(a -> !a.getStartDate().isAfter(day)
                                && !a.getEndDate().isBefore(day))
                        .map(Activity::getId)
                        .toList());
    }

    @Test
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    void aCitysActivitiesAreItsNextSoonestFirstAndItsLatestLatestFirst() {
        long warsaw = city("Warsaw");
        var recent = activities.recentOfCity(warsaw, 3);
        assertThat(recent)
                .hasSizeLessThanOrEqualTo(3)
                .isNotEmpty()
                .allMatch(a -> a.getCityIds().contains(warsaw) && !a.getEndsAt().isAfter(java.time.Instant.now()))
                .extracting(Activity::getStartsAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(activities.upcomingOfCity(warsaw, 10))
                .allMatch(a -> a.getCityIds().contains(warsaw) && a.getEndsAt().isAfter(java.time.Instant.now()))
                .extracting(Activity::getStartsAt)
                .isSorted();
        assertThat(activities.agenda(0).getContent())
                .allMatch(a -> a.getEndsAt().isAfter(java.time.Instant.now()))
                .extracting(Activity::getStartsAt)
                .isSorted();
    }

    @Test
    void anUnendedActivityThatBeganBeforeEverythingOnTheAgendaIsFirstOnceItIsAdded() {
        // The agenda keeps where it begins to look; an activity added before that point must still be found.
        activities.agenda(0);
        signIn("admin");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1);
        ActivityDetails l = details(Set.of(city("Warsaw")), tomorrow);
        Activity added = activities.create(new ActivityDetails(
                l.type(),
                l.level(),
                "Seit dem Jahr 2000",
                l.titleEn(),
                l.descriptionDe(),
                l.descriptionEn(),
                Schedule.days(LocalDate.of(2000, 1, 3), tomorrow, ZoneId.of("Europe/Berlin")),
                l.place(),
                l.placeEn(),
                l.venue(),
                l.cityIds(),
                l.networkIds(),
                l.unitIds(),
                l.themes(),
                l.publicVisible(),
                l.publicSummaryDe(),
                l.publicSummaryEn()));

        var agenda = activities.agenda(0);
        // First, or after an identical activity left by an earlier run on a database that is not new.
        assertThat(agenda.getContent()).extracting(Activity::getId).contains(added.getId());
        assertThat(agenda.getContent().getFirst().getStartsAt()).isEqualTo(added.getStartsAt());
        assertThat(agenda.getContent())
                .allMatch(a -> a.getEndsAt().isAfter(java.time.Instant.now()))
                .extracting(Activity::getStartsAt)
                .isSorted();
        assertThat(agenda.getNumber()).isZero();
    }

    @Autowired
    org.jumelage.people.Organisation organisation;

    private long unit(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    @Test
    void anUnknownCityIsRefusedAndNothingIsStored() {
        signIn("admin");
        long before = activities.searchAll(ActivityQuery.all()).size();
        assertThatThrownBy(() -> activities.create(details(Set.of(999_999L), LocalDate.of(2027, 1, 5))))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("activity.error.unknownCity");
        assertThat(activities.searchAll(ActivityQuery.all())).hasSize((int) before);
    }

    @Test
    void editorsChangeOnlyTheirUnitsActivitiesViewersNoneAndStaleVersionsAreRefused() {
        signIn("editor");
        Activity own = activities.create(details(Set.of(city("Prague")), LocalDate.of(2027, 2, 1)));
        // The editor's unit (SenUVK) became an organiser.
        assertThat(activities.mayEdit(activities.get(own.getId()))).isTrue();
        Activity chancellery = activities.searchAll(ActivityQuery.all()).stream()
                .filter(a -> a.getTitleDe().equals("Move Your Mind: Auftaktseminar"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> activities.changeStatus(
                        chancellery.getId(), chancellery.getVersion(), ActivityStatus.CANCELLED, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        activities.changeStatus(own.getId(), own.getVersion() + 1, ActivityStatus.CONFIRMED, null))
                .isInstanceOf(EditConflict.class);
        signIn("viewer");
        assertThatThrownBy(() -> activities.create(details(Set.of(city("Prague")), LocalDate.of(2027, 2, 1))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePublicSeesOnlyPublishedActivitiesUpcomingAndPastInPagesAndByCity() {
        assertThat(calendar.upcoming(0, 50).items())
                .extracting(ActivityCalendar.PublicActivity::titleDe)
                .contains("Seminar mit Warschau: bezahlbares Wohnen")
                .doesNotContain("Fachbesuch in Moskau");
        java.util.List<Integer> years = calendar.pastYears();
        assertThat(years).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        java.util.List<ActivityCalendar.PublicActivity> past = years.stream()
                .flatMap(year -> calendar.pastIn(year, 0, 50).items().stream())
                .toList();
        assertThat(past)
                .extracting(ActivityCalendar.PublicActivity::titleDe)
                .contains("Move Your Mind: Auftaktseminar")
                .doesNotContain("Workshop mit Istanbul: gemeinsamer EU-Antrag", "Fachbesuch in Moskau");
        assertThat(past.getFirst().startDate()).isAfterOrEqualTo(past.getLast().startDate());
        assertThat(calendar.pastIn(years.getFirst(), 0, 50).items())
                .allMatch(activity -> activity.startDate().getYear() == years.getFirst());

        // Pages follow each other without overlap.
        ActivityCalendar.Listing first = calendar.upcoming(0, 1);
        assertThat(first.items()).hasSize(1);
        assertThat(first.more()).isTrue();
        assertThat(calendar.upcoming(1, 1).items()).doesNotContainAnyElementsOf(first.items());

        // A city's page: its own public activities only.
        ActivityCalendar.Timeline warsaw = calendar.timelineOf(city("Warsaw"), 10);
        assertThat(warsaw.upcoming())
                .extracting(ActivityCalendar.PublicActivity::titleDe)
                .contains("Seminar mit Warschau: bezahlbares Wohnen");
        assertThat(warsaw.upcoming()).allMatch(activity -> activity.citySlugs().contains("warsaw"));
        assertThat(warsaw.past()).allMatch(activity -> activity.citySlugs().contains("warsaw"));
    }

    @Test
    void needsAreErasedOnceTheRetentionPeriodAfterTheActivityHasPassed() {
        signIn("admin");
        Activity old = activities.create(details(Set.of(city("Vienna")), LocalDate.of(2020, 1, 10)));
        activities.addParticipant(
                old.getId(),
                activities.get(old.getId()).getVersion(),
                new ParticipantDetails(
                        null,
                        "Eva Gast",
                        null,
                        null,
                        null,
                        null,
                        null,
                        org.jumelage.activities.ParticipantRole.MEMBER,
                        "Rollstuhl, vegetarisch"));
        Activity soon = activities.create(
                details(Set.of(city("Vienna")), LocalDate.now().plusDays(3)));
        activities.addParticipant(
                soon.getId(),
                activities.get(soon.getId()).getVersion(),
                new ParticipantDetails(
                        null,
                        "Ole Gast",
                        null,
                        null,
                        null,
                        null,
                        null,
                        org.jumelage.activities.ParticipantRole.MEMBER,
                        "Dolmetschen"));

        assertThat(needs.erase()).isGreaterThanOrEqualTo(1);

        assertThat(activities.get(old.getId()).getParticipants())
                .extracting(Participant::getNeeds)
                .containsOnlyNulls();
        assertThat(activities.get(soon.getId()).getParticipants())
                .extracting(Participant::getNeeds)
                .containsExactly("Dolmetschen");
    }
}
