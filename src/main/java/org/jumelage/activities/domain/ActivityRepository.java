package org.jumelage.activities.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, Long>, JpaSpecificationExecutor<Activity> {

    /** Public activities with an id above the given one, by id (the open data's pages). */
    @Query("select a from Activity a where a.publicVisible = true and a.id > :after order by a.id")
    List<Activity> findPublicAfter(long after, org.springframework.data.domain.Limit limit);

    /** Public activities that end after the given instant, soonest first. */
    @Query("select a from Activity a where a.publicVisible = true and a.endsAt > :after order by a.startsAt, a.id")
    org.springframework.data.domain.Slice<Activity> findPublicEndingAfter(
            Instant after, org.springframework.data.domain.Pageable page);

    /** One city's public activities that end after the given instant, soonest first. */
    @Query(
            "select a from Activity a join a.cityIds c where c = :cityId and a.publicVisible = true and a.endsAt > :after"
                    + " order by a.startsAt, a.id")
    org.springframework.data.domain.Slice<Activity> findPublicOfCityEndingAfter(
            long cityId, Instant after, org.springframework.data.domain.Pageable page);

    /** Public activities that started in the given days, ended before now and took place, newest first. */
    @Query("select a from Activity a where a.publicVisible = true and a.startDate >= :first and a.startDate <= :last"
            + " and a.endsAt <= :now and a.status <> org.jumelage.activities.ActivityStatus.CANCELLED"
            + " order by a.startsAt desc, a.id desc")
    org.springframework.data.domain.Slice<Activity> findPublicPastBetween(
            java.time.LocalDate first,
            java.time.LocalDate last,
            Instant now,
            org.springframework.data.domain.Pageable page);

    /** One city's public activities that ended and took place, newest first. */
    @Query("select a from Activity a join a.cityIds c where c = :cityId and a.publicVisible = true"
            + " and a.endsAt <= :now and a.status <> org.jumelage.activities.ActivityStatus.CANCELLED"
            + " order by a.startsAt desc, a.id desc")
    org.springframework.data.domain.Slice<Activity> findPublicOfCityEndedBefore(
            long cityId, Instant now, org.springframework.data.domain.Pageable page);

    /** The earliest start of any activity: an index look-up. */
    @Query("select min(a.startDate) from Activity a")
    java.time.LocalDate findFirstStart();

    /** Whether a public activity that took place started in the given days: an index range, stops at the first. */
    @Query("select a.id from Activity a where a.startDate >= :first and a.startDate <= :last and a.publicVisible = true"
            + " and a.endsAt <= :now and a.status <> org.jumelage.activities.ActivityStatus.CANCELLED limit 1")
    List<Long> findOnePublicPastBetween(java.time.LocalDate first, java.time.LocalDate last, Instant now);

    /** Activities that touch a span of local days (their own dates, in their own time zone). */
    @Query("select new org.jumelage.activities.domain.CalendarEntry(a.id, a.titleDe, a.titleEn, a.startDate, a.endDate)"
            + " from Activity a where a.endDate >= :first and coalesce(a.startDate, a.startDate) <= :last"
            + " order by a.startsAt, a.id") // the start date as an expression: see ActivitySpecifications
    List<CalendarEntry> findOnDays(java.time.LocalDate first, java.time.LocalDate last);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Activity a set a.remindedAt = :at where a.id = :id")
    void markReminded(long id, Instant at);

    /** Activities that start within the reminder lead time and were not reminded of yet. */
    @Query("select a from Activity a where a.remindedAt is null and a.startsAt > :now and a.startsAt <= :horizon"
            + " and a.status in (org.jumelage.activities.ActivityStatus.PLANNED,"
            + " org.jumelage.activities.ActivityStatus.CONFIRMED)")
    List<Activity> findDueForReminder(Instant now, Instant horizon);

    /** Activities that ended before the instant and still hold participants' needs. */
    @Query("select distinct a from Activity a join a.participants p where p.needs is not null and a.endsAt < :before")
    List<Activity> findWithNeedsEndedBefore(Instant before);

    @Query("select distinct a from Activity a join a.participants p where p.accountId = :accountId"
            + " order by a.startsAt")
    List<Activity> findByParticipant(long accountId);

    /** An account's entries among the participants, with their activities, earliest first (ADR 0037). */
    @Query("select p from Participant p join fetch p.activity a where p.accountId = :accountId"
            + " order by a.startsAt, p.id")
    List<Participant> findParticipationsOfAccount(long accountId);

    /**
     * The entries with this e-mail address ({@code email} stripped and in lower case), with their activities, earliest
     * first (ADR 0037). On PostgreSQL through the index on the address as compared here (V51); H2 reads every entry.
     */
    @Query("select p from Participant p join fetch p.activity a where lower(trim(p.email)) = :email"
            + " order by a.startsAt, p.id")
    List<Participant> findParticipationsByEmail(String email);

    /** The follow-up tasks given to one of these names (stripped, lower case), with their activities (ADR 0037). */
    @Query("select t from FollowUpTask t join fetch t.activity a where lower(trim(t.owner)) in :names"
            + " order by a.startsAt, t.id")
    List<FollowUpTask> findTasksOwnedBy(java.util.Collection<String> names);

    /** The programme items one of these names (stripped, lower case) is responsible for (ADR 0037). */
    @Query("select i from ProgrammeItem i join fetch i.activity a where lower(trim(i.responsible)) in :names"
            + " order by i.day, i.id")
    List<ProgrammeItem> findProgrammeItemsOf(java.util.Collection<String> names);

    /**
     * The activities a user name ({@code username} in lower case) recorded or changed last: id, German title, start
     * date, created at and by, updated at and by, oldest first (ADR 0037).
     */
    @Query("select a.id, a.titleDe, a.startDate, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy from Activity a"
            + " where lower(a.createdBy) = :username or lower(a.updatedBy) = :username order by a.createdAt, a.id")
    List<Object[]> findRecordedBy(String username);

    /**
     * Retention (ADR 0037): activities after the given id that ended before the instant and still have a participant
     * without an account who is not anonymised yet, by id.
     */
    @Query("select distinct a.id from Activity a join a.participants p where p.accountId is null"
            + " and p.anonymisedAt is null and a.endsAt < :before and a.id > :after order by a.id")
    List<Long> findIdsWithExternalParticipantsEndedBefore(
            Instant before, long after, org.springframework.data.domain.Limit limit);

    /** Retention (ADR 0037): these activities with their participants, in one query (Hibernate drops the repeats). */
    @Query("select a from Activity a left join fetch a.participants where a.id in :ids")
    List<Activity> findWithParticipantsByIdIn(java.util.Collection<Long> ids);

    /** Retention (ADR 0037): the accounts among the participants of activities that ended before the instant. */
    @Query("select distinct p.accountId from Participant p join p.activity a where p.accountId is not null"
            + " and a.endsAt < :before")
    List<Long> findParticipantAccountsEndedBefore(Instant before);

    /** Retention (ADR 0037): the activities of an account's entries that ended before the instant. */
    @Query("select distinct a from Activity a join a.participants p where p.accountId = :accountId"
            + " and a.endsAt < :before")
    List<Activity> findOfParticipantEndedBefore(long accountId, Instant before);

    /**
     * The activities that have not ended, soonest first. Ordered by the start as an expression: PostgreSQL otherwise
     * walks the start index from the first activity 30 years ago, testing each end, where the end index finds the few
     * thousand unended ones at once (311 ms against a few at network size).
     */
    /**
     * The earliest start of an activity that ends after the instant: where the agenda begins to look. It only moves
     * later as time passes (activities end, none begin to be unended), so a value found earlier stays a lower bound
     * until the activities change.
     */
    // The start wrapped in coalesce: PostgreSQL would otherwise walk the start index from the oldest activity and
    // test the end of each (193,000 rows, 300 ms at network size) instead of reading the unended ones by their end.
    @Query("select min(coalesce(a.startsAt, a.startsAt)) from Activity a where a.endsAt > :now")
    Instant findEarliestStartEndingAfter(Instant now);

    /**
     * Activities that end after {@code now}, soonest first, read in the start index's order from {@code from} on
     * (V7, ix_activity_starts), so that a page reads its rows and the ended ones between them, not every activity that
     * has not ended.
     */
    @Query("select a from Activity a where a.startsAt >= :from and a.endsAt > :now order by a.startsAt, a.id")
    org.springframework.data.domain.Slice<Activity> findEndingAfterFrom(Instant from, Instant now, Pageable page);

    @Query("select a from Activity a join a.cityIds c where c = :cityId and a.endsAt > :now order by a.startsAt, a.id")
    List<Activity> findOfCityEndingAfter(long cityId, Instant now, Pageable page);

    @Query("select a from Activity a join a.cityIds c where c = :cityId and a.endsAt <= :now"
            + " order by a.startsAt desc, a.id desc")
    List<Activity> findOfCityEndedBy(long cityId, Instant now, Pageable page);

    /** The activities' change counter (see {@link org.jumelage.shared.ChangeCounter}): moves with every change, one row to read. */
    @Query(value = "select changes from change_counter where topic = 'activities'", nativeQuery = true)
    long findChangeCount();

    /** The last change to any activity: hiding one moves it too. */
    @Query("select max(a.updatedAt) from Activity a")
    Instant findLastChange();

    /** The last moment an activity ended, up to now: from then on it belongs to the review, not the news. */
    @Query("select a.endsAt from Activity a where a.endsAt <= :now order by a.endsAt desc limit 1")
    Instant findLastEndBefore(Instant now);

    @Query("select a.id from Activity a where a.id > ?1 order by a.id")
    List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);

    /**
     * One city's activities that touch the span, earliest first: driven by the city's index (ix_activity_city_city),
     * not by a subquery per activity of the span. The start bound is an expression so that H2 does not read the
     * table through the start date's index (see ActivitySpecifications).
     */
    @Query("select a from Activity a join a.cityIds c where c = :city and a.endDate >= :first"
            + " and coalesce(a.startDate, a.startDate) <= :last order by a.startsAt, a.id")
    List<Activity> findOfCityBetween(
            long city,
            java.time.LocalDate first,
            java.time.LocalDate last,
            org.springframework.data.domain.Limit limit);
}
