package org.jumelage.activities.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jumelage.activities.ActivityStatus;
import org.jumelage.activities.ActivityType;
import org.jumelage.activities.LessonRating;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.StaffDirectory;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning and recording activities. Editors change the activities of their units (and below), administrators all;
 * every change names the version the person saw.
 */
@Service
@Transactional
public class ActivityService {

    static final int PAGE_SIZE = 25;

    private final ActivityRepository activities;
    private final PartnerCatalog catalog;
    private final Organisation organisation;
    private final StaffDirectory staff;
    private final Clock clock;
    private final EntityManager entities;

    ActivityService(
            ActivityRepository activities,
            PartnerCatalog catalog,
            Organisation organisation,
            StaffDirectory staff,
            Clock clock,
            EntityManager entities) {
        this.activities = activities;
        this.catalog = catalog;
        this.organisation = organisation;
        this.staff = staff;
        this.clock = clock;
        this.entities = entities;
    }

    @Transactional(readOnly = true)
    public Page<Activity> search(ActivityQuery query) {
        Set<Long> subtree = query.unit() == null ? null : organisation.subtree(query.unit());
        Specification<Activity> selection = ActivitySpecifications.matching(query, subtree);
        PageRequest page =
                PageRequest.of(query.pageOrFirst(), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "startsAt", "id"));
        // The rows without a count; the total kept until the activities change (a count of 200,000 rows on every
        // page of the list was most of its time on PostgreSQL).
        org.springframework.data.domain.Slice<Activity> rows = activities.findBy(selection, q -> q.slice(page));
        long total = counts.count(
                java.util.Arrays.asList(query.withoutPage(), subtree),
                activities.findChangeCount(),
                () -> activities.count(selection));
        return org.jumelage.shared.KeptCounts.page(rows, page, total);
    }

    /** Counts of the list's selections, kept until the activities change. */
    private final org.jumelage.shared.KeptCounts counts = new org.jumelage.shared.KeptCounts(256);

    /** Everything that matches, oldest first, for exports and reports. */
    @Transactional(readOnly = true)
    public List<Activity> searchAll(ActivityQuery query) {
        Set<Long> subtree = query.unit() == null ? null : organisation.subtree(query.unit());
        return activities.findAll(
                ActivitySpecifications.matching(query, subtree), Sort.by(Sort.Direction.ASC, "startsAt", "id"));
    }

    /** How many reports are kept, each until the activities change. */
    static final int REPORTS_KEPT = 64;

    /** A report as asked: the activities' change counter, the filters, and the unit's subtree at the time. */
    private record ReportKey(long changes, ActivityQuery query, Set<Long> subtree) {}

    /** The kept reports, least recently used first; guarded by itself. */
    private final Map<ReportKey, ActivityReport> reports = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ReportKey, ActivityReport> eldest) {
            return size() > REPORTS_KEPT;
        }
    };

    /**
     * The selection counted in the database, one grouped query per table of the report: nothing of the activities
     * but the counts leaves it, whatever the selection's size. Each query still reads the selection (tens of
     * thousands of activities over a few years of a network), so a report is kept until the activities' change counter
     * moves: the office looks at the same report again and again between changes.
     */
    @Transactional(readOnly = true)
    public ActivityReport report(ActivityQuery query) {
        Set<Long> subtree = query.unit() == null ? null : organisation.subtree(query.unit());
        ActivityQuery asked = query.withoutPage();
        ReportKey key = new ReportKey(activities.findChangeCount(), asked, subtree);
        ActivityReport kept = keptReport(key);
        if (kept != null) {
            return kept;
        }
        // One count per report at a time: a page asked by many at once (the start of a busy morning) waits for the
        // first one's counts instead of counting them once per request, which took every connection of the pool.
        Object counting = countingReports.computeIfAbsent(key, any -> new Object());
        try {
            synchronized (counting) {
                kept = keptReport(key);
                return kept != null ? kept : count(key, asked, subtree);
            }
        } finally {
            countingReports.remove(key, counting);
        }
    }

    private ActivityReport keptReport(ReportKey key) {
        synchronized (reports) {
            return reports.get(key);
        }
    }

    /** The reports being counted now, each with the lock its other askers wait on. */
    private final java.util.concurrent.ConcurrentMap<ReportKey, Object> countingReports =
            new java.util.concurrent.ConcurrentHashMap<>();

    private ActivityReport count(ReportKey key, ActivityQuery asked, Set<Long> subtree) {
        // The city is joined, not asked with a subquery per row (H2 ran each of those over every activity of the
        // span); joined to one city it yields one row per activity, so the counts need no DISTINCT unless the unit
        // filter's join multiplies rows.
        ActivityQuery withoutCity = new ActivityQuery(
                null,
                asked.type(),
                asked.unit(),
                asked.theme(),
                asked.year(),
                asked.status(),
                null,
                asked.from(),
                asked.to(),
                asked.on());
        Specification<Activity> selection = ActivitySpecifications.matching(withoutCity, subtree);
        boolean distinct = subtree != null;
        Long city = asked.city();
        // Year, type and rating in one grouped query (at most years × types × ratings rows); the total is their sum.
        Map<Integer, Long> byYear = new TreeMap<>();
        Map<ActivityType, Long> byType = new java.util.HashMap<>();
        Map<org.jumelage.activities.LessonRating, Long> byRating = new java.util.HashMap<>();
        long total = 0;
        for (Tuple row : grouped(
                selection,
                city,
                distinct,
                root -> List.of(
                        entities.getCriteriaBuilder().extract(LocalDateField.YEAR, root.<LocalDate>get("startDate")),
                        root.get("type"),
                        root.get("rating")))) {
            long count = row.get(3, Long.class);
            byYear.merge(((Number) row.get(0)).intValue(), count, Long::sum);
            byType.merge((ActivityType) row.get(1), count, Long::sum);
            byRating.merge((org.jumelage.activities.LessonRating) row.get(2), count, Long::sum);
            total += count;
        }
        ActivityReport report = new ActivityReport(
                total,
                java.util.Collections.unmodifiableMap(byYear),
                java.util.Collections.unmodifiableMap(largestFirst(byType)),
                java.util.Collections.unmodifiableMap(largestFirst(counted(
                        grouped(selection, city, distinct, root -> List.of(root.<Activity, Long>join("cityIds")))))),
                java.util.Collections.unmodifiableMap(largestFirst(counted(
                        grouped(selection, city, distinct, root -> List.of(root.<Activity, String>join("themes")))))),
                java.util.Collections.unmodifiableMap(largestFirst(byRating)));
        // Kept only when counted in a read-only transaction of its own: inside a writing one (a test's), the counts
        // may include changes that are rolled back, under a counter that another change reaches again.
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            synchronized (reports) {
                // Reports of an older state of the activities are of no use.
                reports.keySet().removeIf(other -> other.changes() != key.changes());
                reports.put(key, report);
            }
        }
        return report;
    }

    /**
     * The selected activities (with the city, when one is asked, joined) counted by the keys: one row per combination,
     * the keys first and the count last.
     */
    private List<Tuple> grouped(
            Specification<Activity> selection,
            Long city,
            boolean distinct,
            Function<Root<Activity>, List<Expression<?>>> keys) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Tuple> criteria = cb.createTupleQuery();
        Root<Activity> root = criteria.from(Activity.class);
        List<Expression<?>> grouped = keys.apply(root);
        Predicate where = selection.toPredicate(root, criteria, cb);
        if (city != null) {
            Predicate ofCity = cb.equal(root.<Activity, Long>join("cityIds"), city);
            where = where == null ? ofCity : cb.and(where, ofCity);
        }
        List<jakarta.persistence.criteria.Selection<?>> columns = new java.util.ArrayList<>(grouped);
        columns.add(distinct ? cb.countDistinct(root) : cb.count(root));
        criteria.multiselect(columns).groupBy(grouped);
        criteria.distinct(false);
        if (where != null) {
            criteria.where(where);
        }
        return entities.createQuery(criteria).getResultList();
    }

    /** The rows of a query grouped by one key, as counts by that key. */
    @SuppressWarnings("unchecked")
    private static <K> Map<K, Long> counted(List<Tuple> rows) {
        Map<K, Long> counts = new java.util.HashMap<>();
        rows.forEach(row -> counts.put((K) row.get(0), row.get(1, Long.class)));
        return counts;
    }

    private static <K> Map<K, Long> largestFirst(Map<K, Long> counts) {
        Map<K, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /**
     * Activities on the days of a month, by their own local dates (an evening in New York stays on its day), as
     * plain values: a busy month of a network holds hundreds.
     */
    @Transactional(readOnly = true)
    public List<CalendarEntry> month(YearMonth month) {
        return activities.findOnDays(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * What comes next: a page of the activities that have not ended, soonest first, without a total (it would change
     * with the clock and count every unended activity on every page).
     */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Slice<Activity> agenda(int page) {
        Instant now = clock.instant();
        PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        long changes = activities.findChangeCount();
        AgendaStart known = agendaStart;
        if (known == null || known.changes() != changes || now.isBefore(known.asOf())) {
            known = new AgendaStart(changes, now, activities.findEarliestStartEndingAfter(now));
            if (org.springframework.transaction.support.TransactionSynchronizationManager
                    .isCurrentTransactionReadOnly()) {
                agendaStart = known;
            }
        }
        if (known.from() == null) {
            return new org.springframework.data.domain.SliceImpl<>(List.of(), request, false);
        }
        return activities.findEndingAfterFrom(known.from(), now, request);
    }

    /**
     * Where the agenda begins to look: the earliest start of an activity that had not ended at {@code asOf}, found
     * when the activities had {@code changes} changes ({@code null}: none had). Valid for every later instant until
     * the activities change, because activities only end as time passes.
     */
    private record AgendaStart(long changes, Instant asOf, Instant from) {}

    private volatile AgendaStart agendaStart;

    /** A city's next activities that have not ended, soonest first. */
    @Transactional(readOnly = true)
    public List<Activity> upcomingOfCity(long cityId, int limit) {
        return activities.findOfCityEndingAfter(cityId, clock.instant(), PageRequest.of(0, limit));
    }

    /** A city's latest activities that have ended, latest first. */
    @Transactional(readOnly = true)
    public List<Activity> recentOfCity(long cityId, int limit) {
        return activities.findOfCityEndedBy(cityId, clock.instant(), PageRequest.of(0, limit));
    }

    /** A page of the activities with lessons learned or a rating, latest first, narrowed by theme, city and rating. */
    @Transactional(readOnly = true)
    public Page<Activity> lessons(String theme, Long city, LessonRating rating, int page) {
        ActivityQuery query =
                new ActivityQuery(city, null, null, theme == null || theme.isBlank() ? null : theme, null, null, null);
        Specification<Activity> withLessons = (root, criteria, cb) -> cb.isTrue(root.get("hasLessons"));
        Specification<Activity> selection =
                ActivitySpecifications.matching(query, null).and(withLessons);
        if (rating != null) {
            selection = selection.and((root, criteria, cb) -> cb.equal(root.get("rating"), rating));
        }
        // Ordered by the index's columns (V22), the flag first although it is the same for every row: H2 reads a page
        // in the index's order only when the order begins with the index's first column.
        return activities.findAll(
                selection,
                PageRequest.of(
                        Math.max(0, page), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "hasLessons", "startsAt", "id")));
    }

    /** Every public activity, soonest first: what public feeds may carry. */
    @Transactional(readOnly = true)
    public List<Activity> publicActivities() {
        return publicActivitiesOf(null);
    }

    /**
     * What the public calendar feeds carry: public activities that ended at most {@link #FEED_PAST} ago or are still
     * to come, soonest first, at most {@link #FEED_MAX}; all of them, or one city's ({@code cityId} not null).
     */
    @Transactional(readOnly = true)
    public List<Activity> publicActivitiesOf(Long cityId) {
        Instant after = clock.instant().minus(FEED_PAST);
        org.springframework.data.domain.Pageable first = org.springframework.data.domain.PageRequest.of(0, FEED_MAX);
        return (cityId == null
                        ? activities.findPublicEndingAfter(after, first)
                        : activities.findPublicOfCityEndingAfter(cityId, after, first))
                .getContent();
    }

    /** How far back the public feeds reach. */
    public static final java.time.Duration FEED_PAST = java.time.Duration.ofDays(90);

    /** At most this many activities in one feed. */
    public static final int FEED_MAX = 1_000;

    @Transactional(readOnly = true)
    public Activity get(long id) {
        Activity activity = activities.findById(id).orElseThrow(() -> new NotFound("activity", id));
        // The detail page shows all of it; load it while the session is open.
        activity.getProgramme().size();
        activity.getParticipants().size();
        activity.getTasks().size();
        activity.getCityIds().size();
        return activity;
    }

    @Transactional(readOnly = true)
    public List<Activity> ofParticipant(long accountId) {
        return activities.findByParticipant(accountId);
    }

    @Transactional(readOnly = true)
    public boolean mayCreate() {
        return JumelageUser.current()
                .map(user -> user.role() == Role.ADMIN || user.role() == Role.EDITOR)
                .orElse(false);
    }

    /** Organisers: administrators, and editors of an organising unit (or a unit above it). */
    @Transactional(readOnly = true)
    public boolean mayEdit(Activity activity) {
        return JumelageUser.current()
                .map(user -> user.mayEdit(activity.getUnitIds(), organisation))
                .orElse(false);
    }

    /** A new activity, planned. An editor's own unit becomes an organiser, so that they can go on editing it. */
    public Activity create(ActivityDetails details) {
        if (!mayCreate()) {
            throw new AccessDeniedException("may not create activities");
        }
        JumelageUser user = JumelageUser.current().orElseThrow();
        ActivityDetails checked = checked(details);
        if (user.role() == Role.EDITOR && user.unitId().isPresent()) {
            Set<Long> units = new java.util.HashSet<>(checked.unitIds());
            units.add(user.unitId().get());
            checked = withUnits(checked, units);
        }
        return activities.save(
                new Activity(checked, ActivityStatus.PLANNED, false, user.getUsername(), clock.instant()));
    }

    /** For the demo data: an activity as the office would have recorded it, marked as example. */
    Activity createExample(ActivityDetails details, ActivityStatus status) {
        return activities.save(new Activity(checked(details), status, true, "demo", clock.instant()));
    }

    public void edit(long id, long version, ActivityDetails details) {
        editable(id, version).edit(checked(details), by(), clock.instant());
    }

    public void changeStatus(long id, long version, ActivityStatus status, String reason) {
        editable(id, version).changeStatus(status, reason, by(), clock.instant());
    }

    public void recordOutcome(long id, long version, Outcome outcome) {
        editable(id, version).recordOutcome(outcome, by(), clock.instant());
    }

    public ProgrammeItem addProgrammeItem(
            long id,
            long version,
            LocalDate day,
            LocalTime start,
            LocalTime end,
            String title,
            String venue,
            String responsible) {
        ProgrammeItem item = editable(id, version)
                .addProgrammeItem(day, start, end, title, venue, responsible, by(), clock.instant());
        activities.flush();
        return item;
    }

    public void removeProgrammeItem(long id, long version, long itemId) {
        editable(id, version).removeProgrammeItem(itemId, by(), clock.instant());
    }

    /** Adds a participant; a member of staff is named as their account says. */
    public Participant addParticipant(long id, long version, ParticipantDetails details) {
        ParticipantDetails checked = details;
        if (details.accountId() != null) {
            StaffDirectory.StaffMember member = staff.staffMember(details.accountId())
                    .orElseThrow(() -> RuleViolation.at("accountId", "activity.error.unknownAccount"));
            checked = new ParticipantDetails(
                    member.accountId(),
                    member.displayName(),
                    null,
                    null,
                    details.functionTitle(),
                    details.organisation(),
                    null,
                    details.role(),
                    details.needs());
        } else if (details.displayName() == null || details.displayName().isBlank()) {
            throw RuleViolation.at("displayName", "activity.error.participantName");
        }
        Participant participant = editable(id, version).addParticipant(checked, by(), clock.instant());
        activities.flush();
        return participant;
    }

    public void removeParticipant(long id, long version, long participantId) {
        editable(id, version).removeParticipant(participantId, by(), clock.instant());
    }

    public void addTask(long id, long version, String title, String owner, LocalDate due) {
        editable(id, version).addTask(title, owner, due, by(), clock.instant());
    }

    public void setTaskDone(long id, long version, long taskId, boolean done) {
        editable(id, version).setTaskDone(taskId, done, by(), clock.instant());
    }

    Activity editable(long id, long version) {
        Activity activity = activities.findById(id).orElseThrow(() -> new NotFound("activity", id));
        if (!mayEdit(activity)) {
            throw new AccessDeniedException("may not edit activity " + id);
        }
        if (activity.getVersion() != version) {
            throw new EditConflict("activity " + id, version, activity.getVersion());
        }
        return activity;
    }

    /** Cities, units and themes must exist: an activity never points at nothing. */
    private ActivityDetails checked(ActivityDetails details) {
        for (Long city : details.cityIds()) {
            if (catalog.city(city).isEmpty()) {
                throw new RuleViolation("activity.error.unknownCity", city);
            }
        }
        Set<Long> networks = catalog.networks().stream()
                .map(PartnerCatalog.NetworkRef::id)
                .collect(java.util.stream.Collectors.toSet());
        if (!networks.containsAll(details.networkIds())) {
            throw new RuleViolation("activity.error.unknownNetwork");
        }
        for (Long unit : details.unitIds()) {
            if (organisation.unit(unit).isEmpty()) {
                throw new RuleViolation("activity.error.unknownUnit", unit);
            }
        }
        Set<String> themes = catalog.focusAreas().stream()
                .map(PartnerCatalog.FocusRef::code)
                .collect(java.util.stream.Collectors.toSet());
        if (!themes.containsAll(details.themes())) {
            throw new RuleViolation("activity.error.unknownTheme");
        }
        return details;
    }

    private static ActivityDetails withUnits(ActivityDetails d, Set<Long> units) {
        return new ActivityDetails(
                d.type(),
                d.level(),
                d.titleDe(),
                d.titleEn(),
                d.descriptionDe(),
                d.descriptionEn(),
                d.schedule(),
                d.place(),
                d.placeEn(),
                d.venue(),
                d.cityIds(),
                d.networkIds(),
                units,
                d.themes(),
                d.publicVisible(),
                d.publicSummaryDe(),
                d.publicSummaryEn());
    }

    private static String by() {
        return JumelageUser.currentUsername();
    }
}
