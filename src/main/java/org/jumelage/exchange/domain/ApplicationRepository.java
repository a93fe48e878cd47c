package org.jumelage.exchange.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jumelage.exchange.ApplicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository
        extends JpaRepository<Application, Long>,
                org.springframework.data.jpa.repository.JpaSpecificationExecutor<Application> {

    List<Application> findByApplicantIdOrderByCreatedAtDesc(long applicantId);

    /** Whether anyone named this person as supervisor (the index of the approvals by supervisor serves it). */
    boolean existsBySupervisorId(long supervisorId);

    List<Application> findByCallIdOrderByIdAsc(long callId);

    List<Application> findByCallIdAndStatusOrderByIdAsc(long callId, ApplicationStatus status);

    /** A page of the call's applications in the status, by name: ids and names only. */
    @Query(
            value = "select new org.jumelage.exchange.domain.ApplicantRow(a.id, a.applicantName) from Application a"
                    + " where a.callId = :callId and a.status = :status order by a.applicantName, a.id",
            countQuery = "select count(a) from Application a where a.callId = :callId and a.status = :status")
    org.springframework.data.domain.Page<ApplicantRow> findRows(
            long callId, ApplicationStatus status, org.springframework.data.domain.Pageable page);

    /** The applications' ids and names. */
    @Query("select new org.jumelage.exchange.domain.ApplicantRow(a.id, a.applicantName) from Application a"
            + " where a.id in :ids")
    List<ApplicantRow> findRows(Collection<Long> ids);

    long countByCallIdAndStatus(long callId, ApplicationStatus status);

    List<Application> findByCallIdAndStatusInOrderByStatusSinceAsc(
            long callId, Collection<ApplicationStatus> statuses, org.springframework.data.domain.Pageable page);

    /** How many applications of the call stand in each status, without loading them. */
    @Query("select a.status, count(a) from Application a where a.callId = :callId group by a.status")
    List<Object[]> countByStatus(long callId);

    boolean existsByCallIdAndApplicantIdAndStatusNot(long callId, long applicantId, ApplicationStatus status);

    /** The calls the person has an application to that is not in the status. */
    @Query("select a.callId from Application a where a.applicantId = :applicantId and a.status <> :status")
    Set<Long> findCallIdsByApplicantIdAndStatusNot(long applicantId, ApplicationStatus status);

    /**
     * Marks every application that has waited for an approver since before {@code before}, and was not reminded since
     * then, as reminded at {@code now}; returns how many. A bulk update: the mark does not raise the version, so nobody
     * deciding meanwhile gets a conflict.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Application a set a.remindedAt = :now where a.status in :statuses and a.statusSince <= :before"
            + " and (a.remindedAt is null or a.remindedAt <= :before)")
    int markDueReminded(Collection<ApplicationStatus> statuses, Instant before, Instant now);

    /** The applications marked by one reminder run that still wait for an approver, longest waiting first. */
    @Query("select new org.jumelage.exchange.domain.WaitingApplication(a.id, a.status, a.supervisorId, a.homeUnitId,"
            + " a.applicantName, a.callId, a.statusSince) from Application a"
            + " where a.remindedAt = :at and a.status in :statuses order by a.statusSince, a.id")
    List<WaitingApplication> findRemindedAt(Instant at, Collection<ApplicationStatus> statuses);

    /** The staff exchange's change counter (see {@link org.jumelage.shared.ChangeCounter}): one row to read. */
    @Query(value = "select changes from change_counter where topic = 'exchange'", nativeQuery = true)
    long findChangeCount();

    @org.springframework.data.jpa.repository.Query("select e.id from Application e where e.id > ?1 order by e.id")
    java.util.List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);

    // ---------------------------------------------------------------- personal data (ExchangePersonalData)

    /** The applications made with this e-mail address (compared in lower case), oldest first. */
    @Query("select a from Application a where lower(a.applicantEmail) = :emailKey order by a.createdAt, a.id")
    List<Application> findByEmailKey(String emailKey);

    /** The applications that name the person as supervisor. */
    List<Application> findBySupervisorIdOrderByIdAsc(long supervisorId);

    /** The steps the person took on others' applications: application id, call id, step; oldest first. */
    @Query("select a.id, a.callId, s from Application a join a.steps s where s.actorId = :accountId"
            + " and (a.applicantId is null or a.applicantId <> :accountId) order by s.happenedAt, a.id, s.seq")
    List<Object[]> findStepsTakenBy(long accountId);
}
