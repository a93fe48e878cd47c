package org.jumelage.exchange.domain;

import java.util.ArrayList;
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
 * from the applications, nominations and stays while the call holds personal data, and read from the rows kept at the
 * erasure afterwards; both give the same numbers.
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

    public List<Row> ofCall(long callId) {
        Call call = calls.findById(callId).orElseThrow(() -> new NotFound("call", callId));
        List<Row> rows = call.isErased()
                ? kept.findByCallId(callId).stream().map(ExchangeStatistic::row).toList()
                : count(call);
        return rows.stream().sorted(ORDER).toList();
    }

    private List<Row> count(Call call) {
        Map<Long, Placement> placementsById = placements.findByCallIdOrderByTopicDeAsc(call.getId()).stream()
                .collect(Collectors.toMap(Placement::getId, Function.identity()));
        List<Stay> callStays = stays.findByCallId(call.getId());
        // Every unit's administration at once: one look-up of the organisation, not one per unit.
        Map<Long, org.jumelage.people.UnitRef> administrations = access.administrations();
        Function<Long, Long> cityOf = unit ->
                administrations.containsKey(unit) ? administrations.get(unit).partnerCityId() : null;
        Function<Long, Long> berlinAdministrationOf = unit ->
                administrations.containsKey(unit) ? administrations.get(unit).id() : unit;
        int callYear = call.getStaysFrom().getYear();
        List<Row> single = new ArrayList<>();
        for (Application application : applications.findByCallIdOrderByIdAsc(call.getId())) {
            Optional<Stay> stay = callStays.stream()
                    .filter(s -> application.getId().equals(s.getApplicationId()))
                    .findFirst();
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
        for (Nomination nomination : nominations.ofPlacements(placementsById.keySet())) {
            Placement placement = placementsById.get(nomination.getPlacementId());
            Optional<Stay> stay = callStays.stream()
                    .filter(s -> nomination.getId().equals(s.getNominationId()))
                    .findFirst();
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
        Map<Row, Integer> counts = new TreeMap<>(ORDER);
        single.forEach(row -> counts.merge(row.key(), 1, Integer::sum));
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
