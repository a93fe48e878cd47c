package org.jumelage.exchange;

import java.util.List;

/**
 * How many people took part in the staff exchange, for the office's reports and dossiers: people with a stay
 * (planned, confirmed, ongoing or completed), counted from every call, also from the counts kept after a call's
 * erasure (ADR 0015). Refused to anyone who does not read the back office.
 */
public interface ExchangeFigures {

    /**
     * People of one direction and year, from or at one Berlin administration ({@code people}: the organisation's
     * unit id of the administration, never a division) and to or from one partner city (a registry id; null where
     * the host or sender is no partner city's administration).
     */
    record Cell(boolean incoming, int year, Long berlinAdministrationId, Long partnerCityId, long people) {}

    /**
     * Whether the person asking sees the counts exactly, cell by cell: only the international office (ADR 0027); the
     * rest of the back office sees {@link #byYear} with small counts withheld.
     */
    boolean exact();

    /** The cells of the years (either bound may be null: open), of one partner city or all. Exact readers only. */
    List<Cell> cells(Integer fromYear, Integer toYear, Long cityId);

    /**
     * People per direction and year for one partner city or all: a count below {@link ExchangeProgrammes#SMALLEST} is
     * withheld ({@code people} null) unless the reader sees {@link #exact()} counts. One city's figures are for exact
     * readers only: beside all cities' figures they would give a withheld count away by subtraction.
     */
    List<YearFigure> byYear(Integer fromYear, Integer toYear, Long cityId);

    record YearFigure(boolean incoming, int year, Long people) {}
}
