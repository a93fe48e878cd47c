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
 * {@link ExchangeFigures} from the calls' statistics ({@link ExchangeStatistics}, the same numbers before and after
 * erasure). The cells of all calls are kept until the exchange or the organisation changes: counting reads every
 * application and stay of every call.
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

    private final CallRepository calls;
    private final ApplicationRepository applications;
    private final ExchangeStatistics statistics;
    private final ExchangeAccess access;

    ExchangeFigureReader(
            CallRepository calls,
            ApplicationRepository applications,
            ExchangeStatistics statistics,
            ExchangeAccess access) {
        this.calls = calls;
        this.applications = applications;
        this.statistics = statistics;
        this.access = access;
    }

    private record Kept(long changes, Map<Long, org.jumelage.people.UnitRef> administrations, List<Cell> cells) {}

    private volatile Kept kept;

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
        Kept before = kept;
        if (before != null && before.changes() == changes && before.administrations() == administrations) {
            return before.cells();
        }
        Map<Cell, Long> sums = new java.util.LinkedHashMap<>();
        for (Call call : calls.findAllByOrderByClosesAtDesc()) {
            for (ExchangeStatistics.Row row : statistics.ofCall(call.getId())) {
                if (WENT.contains(row.outcome())) {
                    sums.merge(
                            new Cell(row.incoming(), row.year(), row.berlinUnitId(), row.partnerCityId(), 0),
                            (long) row.people(),
                            Long::sum);
                }
            }
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
            kept = new Kept(changes, administrations, cells);
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
