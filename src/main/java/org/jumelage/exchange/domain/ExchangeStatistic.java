package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A count that remains of an erased call: how many people, in which direction, year, unit, city, weeks, outcome. */
@Entity
@Table(name = "exchange_statistic")
class ExchangeStatistic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id")
    private long callId;

    private boolean incoming;

    @Column(name = "stay_year")
    private int year;

    @Column(name = "berlin_unit_id")
    private Long berlinUnitId;

    @Column(name = "partner_city_id")
    private Long partnerCityId;

    private Integer weeks;

    private String outcome;

    private int people;

    protected ExchangeStatistic() {}

    ExchangeStatistic(long callId, ExchangeStatistics.Row row) {
        this.callId = callId;
        this.incoming = row.incoming();
        this.year = row.year();
        this.berlinUnitId = row.berlinUnitId();
        this.partnerCityId = row.partnerCityId();
        this.weeks = row.weeks();
        this.outcome = row.outcome();
        this.people = row.people();
    }

    ExchangeStatistics.Row row() {
        return new ExchangeStatistics.Row(incoming, year, berlinUnitId, partnerCityId, weeks, outcome, people);
    }

    long getCallId() {
        return callId;
    }
}
