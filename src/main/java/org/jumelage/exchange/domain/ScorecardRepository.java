package org.jumelage.exchange.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScorecardRepository extends JpaRepository<Scorecard, Long> {

    List<Scorecard> findByApplicationIdOrderByScoredAtAsc(long applicationId);

    Optional<Scorecard> findByApplicationIdAndScorerId(long applicationId, long scorerId);

    List<Scorecard> findByApplicationIdIn(Collection<Long> applicationIds);

    /** Whether anyone has scored an application of the call: from then on its rubric is fixed. */
    @Query("select count(s) > 0 from Scorecard s where s.applicationId in "
            + "(select a.id from Application a where a.callId = :callId)")
    boolean existsForCall(long callId);

    /** When a scorecard of the call was last written. */
    @Query("select max(s.scoredAt) from Scorecard s where s.applicationId in "
            + "(select a.id from Application a where a.callId = :callId)")
    java.util.Optional<java.time.Instant> findLastScoredOfCall(long callId);

    /** The points and the number of scorecards of each of these applications that has any. */
    @Query("select s.applicationId, sum(s.points), count(s) from Scorecard s where s.applicationId in :applicationIds "
            + "group by s.applicationId")
    List<Object[]> totalsOf(Collection<Long> applicationIds);

    /** How many of the call's applications in this status have at least {@code required} scorecards. */
    @Query("select count(a) from Application a where a.callId = :callId and a.status = :status "
            + "and (select count(s) from Scorecard s where s.applicationId = a.id) >= :required")
    long countScored(long callId, org.jumelage.exchange.ApplicationStatus status, long required);

    /** The points and the number of scorecards of each scored application of the call in this status. */
    @Query(
            "select s.applicationId, sum(s.points), count(s) from Scorecard s where s.applicationId in "
                    + "(select a.id from Application a where a.callId = :callId and a.status = :status) group by s.applicationId")
    List<Object[]> totalsOfCall(long callId, org.jumelage.exchange.ApplicationStatus status);

    /** The scorecards the person filled in, oldest first. */
    List<Scorecard> findByScorerIdOrderByScoredAtAsc(long scorerId);
}
