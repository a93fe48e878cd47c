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

    @Modifying
    @Query("delete from Allocation a where a.id = :id")
    void deleteProposal(long id);
}
