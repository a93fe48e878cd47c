package org.jumelage.exchange.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangeStatisticRepository extends JpaRepository<ExchangeStatistic, Long> {

    List<ExchangeStatistic> findByCallId(long callId);

    /** The counts kept of erased calls with one of the outcomes, summed by direction, year, unit and city. */
    @org.springframework.data.jpa.repository.Query(
            "select e.incoming, e.year, e.berlinUnitId, e.partnerCityId, sum(e.people) from ExchangeStatistic e"
                    + " where e.outcome in :outcomes group by e.incoming, e.year, e.berlinUnitId, e.partnerCityId")
    List<Object[]> sumKept(java.util.Collection<String> outcomes);
}
