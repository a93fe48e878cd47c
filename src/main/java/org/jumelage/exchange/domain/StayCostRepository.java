package org.jumelage.exchange.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface StayCostRepository extends JpaRepository<StayCost, Long> {

    List<StayCost> findByBudgetIdOrderByPaidOnAscIdAsc(long budgetId, Pageable limit);

    long countByBudgetId(long budgetId);
}
