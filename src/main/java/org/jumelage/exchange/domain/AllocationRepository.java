package org.jumelage.exchange.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AllocationRepository extends JpaRepository<Allocation, Long> {

    Optional<Allocation> findByCallId(long callId);

    /**
     * The call's allocation, locked until the transaction ends: two office members overriding entries onto the same
     * last place, or overriding while another publishes, take turns and the second sees the first's change.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Allocation a where a.callId = :callId")
    Optional<Allocation> lockByCallId(long callId);

    /** The allocations proposed or published under one of these names. */
    @Query("select a from Allocation a where a.proposedBy in :names or a.publishedBy in :names order by a.proposedAt")
    java.util.List<Allocation> findByActor(java.util.Collection<String> names);

    /** An erasure on request: the name as proposer of these allocations becomes {@code none}. */
    @Modifying(flushAutomatically = true)
    @Query("update Allocation a set a.proposedBy = :none, a.version = a.version + 1"
            + " where a.id in :ids and a.proposedBy in :names")
    int eraseProposer(java.util.Collection<Long> ids, java.util.Collection<String> names, String none);

    /** An erasure on request: the name as publisher of these allocations becomes {@code none}. */
    @Modifying(flushAutomatically = true)
    @Query("update Allocation a set a.publishedBy = :none, a.version = a.version + 1"
            + " where a.id in :ids and a.publishedBy in :names")
    int erasePublisher(java.util.Collection<Long> ids, java.util.Collection<String> names, String none);
}
