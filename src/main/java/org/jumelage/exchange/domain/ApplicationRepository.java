package org.jumelage.exchange.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jumelage.exchange.ApplicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    List<Application> findByApplicantIdOrderByCreatedAtDesc(long applicantId);

    List<Application> findByCallIdOrderByIdAsc(long callId);

    List<Application> findByStatusInOrderByStatusSinceAsc(Collection<ApplicationStatus> statuses);

    List<Application> findByCallIdAndStatusInOrderByStatusSinceAsc(long callId, Collection<ApplicationStatus> statuses);

    /** How many applications of the call stand in each status, without loading them. */
    @Query("select a.status, count(a) from Application a where a.callId = :callId group by a.status")
    List<Object[]> countByStatus(long callId);

    boolean existsByCallIdAndApplicantIdAndStatusNot(long callId, long applicantId, ApplicationStatus status);

    /** The calls the person has an application to that is not in the status. */
    @Query("select a.callId from Application a where a.applicantId = :applicantId and a.status <> :status")
    Set<Long> findCallIdsByApplicantIdAndStatusNot(long applicantId, ApplicationStatus status);

    /** Waiting for an approver since before {@code before}, and not reminded since then. */
    @Query("select a from Application a where a.status in :statuses and a.statusSince <= :before"
            + " and (a.remindedAt is null or a.remindedAt <= :before)")
    List<Application> findDueForReminder(Collection<ApplicationStatus> statuses, Instant before);

    /** A bulk update: the reminder's mark does not raise the version, so nobody deciding meanwhile gets a conflict. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Application a set a.remindedAt = :now where a.id = :id")
    void markReminded(long id, Instant now);
}
