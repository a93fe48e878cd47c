package org.jumelage.exchange.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous statistics of a call: people per direction, year, Berlin unit, partner city, weeks and outcome. Counted
 * from the applications, nominations and stays while the call holds personal data (plus the counts kept of the people
 * erased on their request before, {@link #of}), and read from the rows kept at the erasure afterwards; both give the
 * same numbers.
 */
@Service
@Transactional(readOnly = true)
public class ExchangeStatistics {

    /**
     * One count. Outgoing: the Berlin administration (Senate department, district office) of the home unit, and the
     * host's city; incoming: the Berlin administration of the host unit, and the sender's city. Administrations, not
     * their divisions: the finer the cells, the easier a count of one points at a person.
     * The outcome is the stay's status where there is a stay, else the application's or nomination's.
     */
    public record Row(
            boolean incoming,
            int year,
            Long berlinUnitId,
            Long partnerCityId,
            Integer weeks,
            String outcome,
            int people) {

        Row key() {
            return new Row(incoming, year, berlinUnitId, partnerCityId, weeks, outcome, 0);
        }
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::incoming)
            .thenComparingInt(Row::year)
            .thenComparing(Row::berlinUnitId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Row::partnerCityId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Row::weeks, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Row::outcome);

    private final CallRepository calls;
    private final ApplicationRepository applications;
    private final PlacementRepository placements;
    private final NominationRepository nominations;
    private final StayRepository stays;
    private final ExchangeStatisticRepository kept;
    private final ExchangeAccess access;

    ExchangeStatistics(
            CallRepository calls,
            ApplicationRepository applications,
            PlacementRepository placements,
            NominationRepository nominations,
            StayRepository stays,
            ExchangeStatisticRepository kept,
            ExchangeAccess access) {
        this.calls = calls;
        this.applications = applications;
        this.placements = placements;
        this.nominations = nominations;
        this.stays = stays;
        this.kept = kept;
        this.access = access;
    }

    /** {@link #ofCall} for the office's dashboard and download: refused to anyone else. */
    public List<Row> forOffice(long callId) {
        if (!access.isAdmin()) {
            throw new org.springframework.security.access.AccessDeniedException("the office's statistics");
        }
        return ofCall(callId);
    }

    public List<Row> ofCall(long callId) {
        long changes = applications.findChangeCount();
        Map<Long, org.jumelage.people.UnitRef> administrations = access.administrations();
        Counted before = counted.get(callId);
        if (before != null && before.changes() == changes && before.administrations() == administrations) {
            return before.rows();
        }
        Call call = calls.findById(callId).orElseThrow(() -> new NotFound("call", callId));
        List<Row> rows = call.isErased()
                ? kept.findByCallId(callId).stream().map(ExchangeStatistic::row).toList()
                : count(call, administrations);
        List<Row> sorted = rows.stream().sorted(ORDER).toList();
        // Kept only when counted in a read-only transaction: a writing one may count its own change, which may roll
        // back and leave the counter where it was.
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            synchronized (counted) {
                counted.put(callId, new Counted(changes, administrations, sorted));
            }
        }
        return sorted;
    }

    /**
     * A call's statistics, kept until anything in the staff exchange changes (its change counter) or the organisation
     * does: the dashboard shows them on every view, and counting reads every application and stay of the call.
     */
    private record Counted(long changes, Map<Long, org.jumelage.people.UnitRef> administrations, List<Row> rows) {}

    private static final int CALLS_KEPT = 16;

    private final Map<Long, Counted> counted =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(CALLS_KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Counted> eldest) {
                    return size() > CALLS_KEPT;
                }
            });

    private List<Row> count(Call call, Map<Long, org.jumelage.people.UnitRef> administrations) {
        List<Row> single = new ArrayList<>(
                singles(call, applications.findByCallIdOrderByIdAsc(call.getId()), null, administrations));
        // The people erased on their request before the call's retention ended stay counted (ExchangePersonalData).
        kept.findByCallId(call.getId()).forEach(row -> single.add(row.row()));
        return grouped(single);
    }

    /**
     * The counts of these applications and nominations of the call alone, as {@link #ofCall} counts them: what remains
     * of them when they are erased on request before the call's retention ends.
     */
    List<Row> of(Call call, Collection<Application> erased, Collection<Nomination> erasedNominations) {
        return grouped(singles(call, erased, erasedNominations, access.administrations()));
    }

    /**
     * One row per application and per nomination (of the call's placements, all of them when {@code ofNominations} is
     * null), with its stay's outcome where it has one.
     */
    private List<Row> singles(
            Call call,
            Collection<Application> ofApplications,
            Collection<Nomination> ofNominations,
            Map<Long, org.jumelage.people.UnitRef> administrations) {
        Map<Long, Placement> placementsById = placements.findByCallIdOrderByTopicDeAsc(call.getId()).stream()
                .collect(Collectors.toMap(Placement::getId, Function.identity()));
        List<Stay> callStays = stays.findByCallId(call.getId());
        // Each application's and nomination's stay by id: one pass over the stays, not one per application.
        Map<Long, Stay> stayOfApplication = new java.util.HashMap<>();
        Map<Long, Stay> stayOfNomination = new java.util.HashMap<>();
        for (Stay stay : callStays) {
            if (stay.getApplicationId() != null) {
                stayOfApplication.putIfAbsent(stay.getApplicationId(), stay);
            }
            if (stay.getNominationId() != null) {
                stayOfNomination.putIfAbsent(stay.getNominationId(), stay);
            }
        }
        Function<Long, Long> cityOf = unit ->
                administrations.containsKey(unit) ? administrations.get(unit).partnerCityId() : null;
        Function<Long, Long> berlinAdministrationOf = unit ->
                administrations.containsKey(unit) ? administrations.get(unit).id() : unit;
        int callYear = call.getStaysFrom().getYear();
        List<Row> single = new ArrayList<>();
        for (Application application : ofApplications) {
            Optional<Stay> stay = Optional.ofNullable(stayOfApplication.get(application.getId()));
            Long hostPlacement = stay.map(Stay::getPlacementId)
                    .orElse(
                            application.getChoices().isEmpty()
                                    ? null
                                    : application.getChoices().getFirst());
            Long city = hostPlacement == null || !placementsById.containsKey(hostPlacement)
                    ? null
                    : cityOf.apply(placementsById.get(hostPlacement).getHostUnitId());
            single.add(new Row(
                    false,
                    stay.map(s -> s.getStartsOn().getYear()).orElse(callYear),
                    berlinAdministrationOf.apply(application.getHomeUnitId()),
                    city,
                    stay.map(Stay::weeks).orElse(application.getWeeks()),
                    stay.map(s -> s.getStatus().name())
                            .orElse(application.getStatus().name()),
                    1));
        }
        Collection<Nomination> counted =
                ofNominations == null ? nominations.ofPlacements(placementsById.keySet()) : ofNominations;
        for (Nomination nomination : counted) {
            Placement placement = placementsById.get(nomination.getPlacementId());
            if (placement == null) {
                continue;
            }
            Optional<Stay> stay = Optional.ofNullable(stayOfNomination.get(nomination.getId()));
            single.add(new Row(
                    true,
                    stay.map(s -> s.getStartsOn().getYear())
                            .orElse(placement.getPeriodFrom().getYear()),
                    berlinAdministrationOf.apply(placement.getHostUnitId()),
                    cityOf.apply(nomination.getAdministrationId()),
                    stay.map(Stay::weeks).orElse(placement.getWeeks()),
                    stay.map(s -> s.getStatus().name())
                            .orElse(nomination.getStatus().name()),
                    1));
        }
        return single;
    }

    /** The rows summed per direction, year, unit, city, weeks and outcome. */
    private static List<Row> grouped(List<Row> single) {
        Map<Row, Integer> counts = new TreeMap<>(ORDER);
        single.forEach(row -> counts.merge(row.key(), row.people(), Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new Row(
                        e.getKey().incoming(),
                        e.getKey().year(),
                        e.getKey().berlinUnitId(),
                        e.getKey().partnerCityId(),
                        e.getKey().weeks(),
                        e.getKey().outcome(),
                        e.getValue()))
                .toList();
    }
}
