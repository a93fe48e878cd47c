package org.jumelage.exchange.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface StayCostRepository extends JpaRepository<StayCost, Long> {

    List<StayCost> findByBudgetIdOrderByPaidOnAscIdAsc(long budgetId, Pageable limit);

    long countByBudgetId(long budgetId);

    /** The cost lines recorded under one of these names. */
    List<StayCost> findByRecordedByInOrderByRecordedAtAsc(java.util.Collection<String> names);

    /** An erasure on request: who recorded these cost lines becomes {@code none}. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @org.springframework.data.jpa.repository.Query("update StayCost c set c.recordedBy = :none where c.id in :ids")
    int eraseRecorder(java.util.Collection<Long> ids, String none);
}
