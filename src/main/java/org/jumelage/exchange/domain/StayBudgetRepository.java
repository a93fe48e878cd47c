package org.jumelage.exchange.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StayBudgetRepository extends JpaRepository<StayBudget, Long> {

    Optional<StayBudget> findByStayId(long stayId);

    /** The plans of a year, added up per programme, stage, funding source and currency. */
    @Query("""
            select new org.jumelage.exchange.domain.BudgetSum(b.programmeId, b.stage, b.funding, b.currency,
                sum(b.plannedTravel + b.plannedAccommodation + b.plannedSubsistence), count(b),
                sum(case when b.rateId is null then 1 else 0 end))
            from StayBudget b where b.year = :year and b.programmeId in :programmes
            group by b.programmeId, b.stage, b.funding, b.currency""")
    List<BudgetSum> plannedIn(@Param("year") int year, @Param("programmes") Collection<Long> programmes);

    /** The actual costs of a year's stays, added up per programme, funding source and currency. */
    @Query("""
            select new org.jumelage.exchange.domain.BudgetSum(b.programmeId, b.funding, c.currency, sum(c.amount),
                count(c))
            from StayCost c join StayBudget b on b.id = c.budgetId
            where b.year = :year and b.programmeId in :programmes
            group by b.programmeId, b.funding, c.currency""")
    List<BudgetSum> spentIn(@Param("year") int year, @Param("programmes") Collection<Long> programmes);

    /** The stays that have no plan yet (from before budgets existed), a batch at a time. */
    @Query("""
            select s.id from Stay s where not exists (select 1 from StayBudget b where b.stayId = s.id)
            order by s.id""")
    List<Long> unplannedStays(org.springframework.data.domain.Pageable batch);

    /** The retention job erases the notes of the costs of the stays it erases; the amounts stay. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update StayCost c set c.note = null
            where c.note is not null and c.budgetId in (select b.id from StayBudget b where b.stayId in :stays)""")
    int eraseNotes(@Param("stays") Collection<Long> stayIds);
}
