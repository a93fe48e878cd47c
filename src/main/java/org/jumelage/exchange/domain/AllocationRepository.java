package org.jumelage.exchange.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AllocationRepository extends JpaRepository<Allocation, Long> {

    Optional<Allocation> findByCallId(long callId);

    @Modifying
    @Query("delete from Allocation a where a.id = :id")
    void deleteProposal(long id);
}
