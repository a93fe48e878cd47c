package org.jumelage.exchange.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jumelage.exchange.domain.EvaluationQuestion.Party;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvaluationRequestRepository extends JpaRepository<EvaluationRequest, Long> {

    /** A stay's requests with their answers (one query: the office's page shows them all). */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "answers")
    List<EvaluationRequest> findByStayIdOrderByPartyAsc(long stayId);

    boolean existsByStayId(long stayId);

    /** The reports a participant agreed to publish, newest first: theirs to take back. */
    List<EvaluationRequest> findByRespondentIdAndPartyAndConsentTrueOrderByAnsweredAtDesc(
            Long respondentId, Party party, Pageable limit);

    /** What a person is asked to answer now: their own requests, or their administration's as host. */
    @Query("""
            select r from EvaluationRequest r
            where r.status = org.jumelage.exchange.domain.EvaluationRequest.Status.OPEN and r.dueOn <= :today
              and ((r.party <> org.jumelage.exchange.domain.EvaluationQuestion.Party.HOST and r.respondentId = :account)
                or (r.party = org.jumelage.exchange.domain.EvaluationQuestion.Party.HOST
                    and r.hostAdministrationId = :administration))
            order by r.dueOn asc, r.id asc""")
    List<EvaluationRequest> openFor(
            @Param("account") long accountId,
            @Param("administration") long administrationId,
            @Param("today") LocalDate today,
            Pageable limit);

    /** Open requests due and not reminded since the given moment, a batch at a time. */
    @Query("""
            select r from EvaluationRequest r
            where r.status = org.jumelage.exchange.domain.EvaluationRequest.Status.OPEN and r.dueOn <= :today
              and r.stayId is not null and (r.remindedAt is null or r.remindedAt < :since)
            order by r.id asc""")
    List<EvaluationRequest> dueForReminder(
            @Param("today") LocalDate today, @Param("since") Instant since, Pageable batch);

    /** The requests of a programme's year for one party: the impact view's rows (at most one per stay and party). */
    @Query("""
            select r from EvaluationRequest r
            where r.programmeId = :programme and r.year = :year and r.party = :party""")
    Page<EvaluationRequest> ofYear(
            @Param("programme") long programmeId, @Param("year") int year, @Param("party") Party party, Pageable page);

    /** How many requests of a programme's year each party has and answered: one query. */
    @Query("""
            select r.party, count(r), sum(case when r.status = org.jumelage.exchange.domain.EvaluationRequest.Status.ANSWERED then 1 else 0 end)
            from EvaluationRequest r where r.programmeId = :programme and r.year = :year group by r.party""")
    List<Object[]> returns(@Param("programme") long programmeId, @Param("year") int year);

    /** Participants of a programme's year per host administration, Berlin unit and weeks: one query. */
    @Query("""
            select r.hostAdministrationId, r.berlinUnitId, r.weeks, count(r) from EvaluationRequest r
            where r.programmeId = :programme and r.year = :year
              and r.party = org.jumelage.exchange.domain.EvaluationQuestion.Party.PARTICIPANT
            group by r.hostAdministrationId, r.berlinUnitId, r.weeks""")
    List<Object[]> participants(@Param("programme") long programmeId, @Param("year") int year);

    /** The points given to each mark question of a programme's year: question, points, how often. */
    @Query(nativeQuery = true, value = """
            select a.question_id, a.points, count(*) from evaluation_answer a
            join evaluation_request r on r.id = a.request_id
            where r.programme_id = :programme and r.year_no = :year and a.points is not null
            group by a.question_id, a.points""")
    List<Object[]> points(@Param("programme") long programmeId, @Param("year") int year);

    /** The text answers of a programme's year, a page at a time, by question: question, text. */
    @Query(nativeQuery = true, value = """
            select a.question_id, a.text_answer from evaluation_answer a
            join evaluation_request r on r.id = a.request_id
            where r.programme_id = :programme and r.year_no = :year and a.text_answer is not null
            order by a.question_id, r.id
            limit :limit""")
    List<Object[]> texts(@Param("programme") long programmeId, @Param("year") int year, @Param("limit") int limit);

    /** Published experience reports, newest first. */
    @Query("""
            select r from EvaluationRequest r where r.published = true
            order by r.answeredAt desc, r.id desc""")
    Page<EvaluationRequest> published(Pageable page);

    /** Completed stays per programme and year (one participant request each): programme, year, count. */
    @Query("""
            select r.programmeId, r.year, count(r) from EvaluationRequest r
            where r.party = org.jumelage.exchange.domain.EvaluationQuestion.Party.PARTICIPANT
            group by r.programmeId, r.year order by r.programmeId, r.year""")
    List<Object[]> participantsPerYear();

    /**
     * Per programme: partner administrations that hosted, the participants' marks (sum and count), and how many
     * participants gave them (the public threshold counts people, not marks).
     */
    @Query(nativeQuery = true, value = """
            select r.programme_id, count(distinct r.host_administration_id),
                   coalesce(sum(a.points), 0), count(a.points), count(distinct a.request_id)
            from evaluation_request r
            left join evaluation_answer a on a.request_id = r.id and a.points is not null
            where r.party = 'PARTICIPANT'
            group by r.programme_id""")
    List<Object[]> hostsAndMarks();

    /** When any evaluation last changed, and how many there are: part of the public pages' change stamp. */
    @Query("select count(r), max(r.updatedAt) from EvaluationRequest r")
    List<Object[]> stamp();

    /** The retention job: the respondents, text answers and reports of the stays it erases go; the points stay. */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            update evaluation_answer set text_answer = null
            where text_answer is not null
              and request_id in (select id from evaluation_request where stay_id in (:stays))""")
    int eraseTexts(@Param("stays") Collection<Long> stayIds);

    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            delete from evaluation_answer
            where text_answer is null and points is null
              and request_id in (select id from evaluation_request where stay_id in (:stays))""")
    int dropEmptyAnswers(@Param("stays") Collection<Long> stayIds);

    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            update evaluation_request set respondent_id = null, report = null, consent = false, published = false
            where stay_id in (:stays)
              and (respondent_id is not null or report is not null or consent = true or published = true)""")
    int eraseRespondents(@Param("stays") Collection<Long> stayIds);

    @org.springframework.data.jpa.repository.Query("select e.id from EvaluationRequest e where e.id > ?1 order by e.id")
    java.util.List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);

    @org.springframework.data.jpa.repository.Query("select e.id from EvaluationRequest e where e.stayId in ?1")
    java.util.List<Long> findIdsOfStays(java.util.Collection<Long> stayIds);

    /** The requests the person answers or answered (as participant or supervisor), with their answers. */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "answers")
    List<EvaluationRequest> findByRespondentIdOrderByDueOnAscIdAsc(Long respondentId);
}
