package org.jumelage.exchange.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jumelage.exchange.ExchangeFigures;
import org.jumelage.exchange.ExchangeProgrammes;
import org.jumelage.exchange.StayStatus;
import org.jumelage.people.JumelageUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ExchangeFigures} counted by the database: the stays of calls that hold their personal data, grouped, and the
 * counts kept of erased calls (the same numbers {@link ExchangeStatistics} gives per call). Kept until the exchange or
 * the organisation changes.
 */
@Service
@Transactional(readOnly = true)
class ExchangeFigureReader implements ExchangeFigures {

    /** The outcomes that mean a person went (or goes): a stay that was not cancelled. */
    private static final Set<String> WENT = Set.of(
            StayStatus.PLANNED.name(),
            StayStatus.CONFIRMED.name(),
            StayStatus.ONGOING.name(),
            StayStatus.COMPLETED.name());

    private final StayRepository stays;
    private final ExchangeStatisticRepository kept;
    private final ApplicationRepository applications;
    private final ExchangeAccess access;

    ExchangeFigureReader(
            StayRepository stays,
            ExchangeStatisticRepository kept,
            ApplicationRepository applications,
            ExchangeAccess access) {
        this.stays = stays;
        this.kept = kept;
        this.applications = applications;
        this.access = access;
    }

    private record Kept(long changes, Map<Long, org.jumelage.people.UnitRef> administrations, List<Cell> cells) {}

    private volatile Kept counted;

    @Override
    public boolean exact() {
        return access.isAdmin();
    }

    @Override
    public List<Cell> cells(Integer fromYear, Integer toYear, Long cityId) {
        checkReader();
        if (!exact()) {
            throw new AccessDeniedException("the exchange's exact counts");
        }
        return selected(fromYear, toYear, cityId);
    }

    @Override
    public List<YearFigure> byYear(Integer fromYear, Integer toYear, Long cityId) {
        checkReader();
        if (cityId != null && !exact()) {
            // One city's counts beside all cities' would give away a withheld count by subtraction (ADR 0027).
            throw new AccessDeniedException("the exchange's figures of one partner city");
        }
        Map<List<Object>, Long> sums =
                new TreeMap<>(java.util.Comparator.<List<Object>, Boolean>comparing(key -> (Boolean) key.get(0))
                        .thenComparing(key -> (Integer) key.get(1)));
        for (Cell cell : selected(fromYear, toYear, cityId)) {
            sums.merge(List.of(cell.incoming(), cell.year()), cell.people(), Long::sum);
        }
        boolean exact = exact();
        List<YearFigure> figures = new ArrayList<>();
        sums.forEach((key, people) -> figures.add(new YearFigure(
                (Boolean) key.get(0),
                (Integer) key.get(1),
                exact || people >= ExchangeProgrammes.SMALLEST ? people : null)));
        return figures;
    }

    private List<Cell> selected(Integer fromYear, Integer toYear, Long cityId) {
        return all().stream()
                .filter(cell -> fromYear == null || cell.year() >= fromYear)
                .filter(cell -> toYear == null || cell.year() <= toYear)
                .filter(cell -> cityId == null || cityId.equals(cell.partnerCityId()))
                .toList();
    }

    private List<Cell> all() {
        long changes = applications.findChangeCount();
        Map<Long, org.jumelage.people.UnitRef> administrations = access.administrations();
        Kept before = counted;
        if (before != null && before.changes() == changes && before.administrations() == administrations) {
            return before.cells();
        }
        Map<Cell, Long> sums = new java.util.LinkedHashMap<>();
        // Counted as ExchangeStatistics counts a call (its Berlin administration, its partner administration's city,
        // the year the stay starts), but by the database over every call at once; ExchangeFiguresTests compares both.
        for (Object[] row : stays.countWent(StayStatus.CANCELLED)) {
            long berlinUnit = ((Number) row[2]).longValue();
            long partnerAdministration = ((Number) row[3]).longValue();
            org.jumelage.people.UnitRef partner = administrations.get(partnerAdministration);
            sums.merge(
                    new Cell(
                            (Boolean) row[0],
                            ((Number) row[1]).intValue(),
                            administrations.containsKey(berlinUnit)
                                    ? administrations.get(berlinUnit).id()
                                    : berlinUnit,
                            partner == null ? null : partner.partnerCityId(),
                            0),
                    ((Number) row[4]).longValue(),
                    Long::sum);
        }
        for (Object[] row : kept.sumKept(WENT)) {
            sums.merge(
                    new Cell(
                            (Boolean) row[0],
                            ((Number) row[1]).intValue(),
                            row[2] == null ? null : ((Number) row[2]).longValue(),
                            row[3] == null ? null : ((Number) row[3]).longValue(),
                            0),
                    ((Number) row[4]).longValue(),
                    Long::sum);
        }
        List<Cell> cells = sums.entrySet().stream()
                .map(e -> new Cell(
                        e.getKey().incoming(),
                        e.getKey().year(),
                        e.getKey().berlinAdministrationId(),
                        e.getKey().partnerCityId(),
                        e.getValue()))
                .sorted(java.util.Comparator.comparing(Cell::incoming).thenComparingInt(Cell::year))
                .toList();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            counted = new Kept(changes, administrations, cells);
        }
        return cells;
    }

    /** The exchange's figures are the back office's: partner coordinators, staff and HR never read them. */
    private static void checkReader() {
        if (JumelageUser.current().map(user -> !user.role().readsBackOffice()).orElse(true)) {
            throw new AccessDeniedException("the exchange's figures");
        }
    }
}
