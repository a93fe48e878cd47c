package org.jumelage.exchange.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangeStatisticRepository extends JpaRepository<ExchangeStatistic, Long> {

    List<ExchangeStatistic> findByCallId(long callId);
}
