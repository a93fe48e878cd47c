package org.jumelage.exchange.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AllocationEntryRepository extends JpaRepository<AllocationEntry, Long> {

    Page<AllocationEntry> findByAllocationIdOrderByPriorityAsc(long allocationId, Pageable page);

    List<AllocationEntry> findByAllocationIdOrderByPriorityAsc(long allocationId);

    Optional<AllocationEntry> findByAllocationIdAndApplicationId(long allocationId, long applicationId);

    /** The call's shortlisted applications that have no entry in the allocation (shortlisted after the proposal). */
    @Query("select count(a) from Application a where a.callId = :callId"
            + " and a.status = org.jumelage.exchange.ApplicationStatus.SHORTLISTED and not exists"
            + " (select e from AllocationEntry e where e.allocationId = :allocationId and e.applicationId = a.id)")
    long countShortlistedWithoutEntry(long callId, long allocationId);

    /** The allocation's entries whose application is no longer shortlisted (withdrawn, declined, placed by hand). */
    @Query("select count(e) from AllocationEntry e where e.allocationId = :allocationId and not exists"
            + " (select a from Application a where a.id = e.applicationId"
            + " and a.status = org.jumelage.exchange.ApplicationStatus.SHORTLISTED)")
    long countEntriesNotShortlisted(long allocationId);

    /** How many entries of the allocation hold each placement. */
    @Query("select e.placementId, count(e) from AllocationEntry e where e.allocationId = :allocationId "
            + "and e.placementId is not null group by e.placementId")
    List<Object[]> heldPerPlacement(long allocationId);

    /**
     * The alternates of a placement, best first: entries that would rather have it than what they hold and may be
     * given it, whose application is still in the running (shortlisted, or placed with a stay not yet begun) and who have not been offered it yet.
     */
    @Query("select e from AllocationEntry e join e.choices c where e.allocationId = :allocationId "
            + "and c.placementId = :placementId and c.outcome in ("
            + "org.jumelage.exchange.domain.ChoiceOutcome.Outcome.TAKEN, "
            + "org.jumelage.exchange.domain.ChoiceOutcome.Outcome.NONE_LEFT, "
            + "org.jumelage.exchange.domain.ChoiceOutcome.Outcome.OFFICE) "
            + "and exists (select a from Application a where a.id = e.applicationId and ("
            + "a.status = org.jumelage.exchange.ApplicationStatus.SHORTLISTED "
            + "or (a.status = org.jumelage.exchange.ApplicationStatus.PLACED and exists (select s from Stay s "
            + "where s.applicationId = a.id and s.startsOn > :today and s.status in ("
            + "org.jumelage.exchange.StayStatus.PLANNED, org.jumelage.exchange.StayStatus.CONFIRMED))))) "
            + "and not exists (select o from Offer o where o.allocationId = e.allocationId "
            + "and o.placementId = :placementId and o.applicationId = e.applicationId) "
            + "order by e.priority")
    List<AllocationEntry> alternates(long allocationId, long placementId, java.time.LocalDate today, Pageable first);

    List<AllocationEntry> findByApplicationIdIn(java.util.Collection<Long> applicationIds);

    /** The entries the office changed under one of these names. */
    List<AllocationEntry> findByOverriddenByIn(java.util.Collection<String> names);
}
