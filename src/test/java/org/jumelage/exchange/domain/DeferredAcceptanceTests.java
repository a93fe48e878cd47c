package org.jumelage.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.jumelage.exchange.domain.DeferredAcceptance.Applicant;
import org.jumelage.exchange.domain.DeferredAcceptance.Host;
import org.jumelage.exchange.domain.DeferredAcceptance.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The allocation's promises, on hand-made cases and on random instances: places and quotas held, stable (nobody
 * prefers a placement that has room for them or holds somebody ranked below them), the same as letting applicants
 * choose one after another in priority order, and alternates that would take a freed place.
 */
class DeferredAcceptanceTests {

    @Test
    void theBetterRankedGetsTheContestedPlaceAndTheOtherTheirNextChoice() {
        Outcome outcome = DeferredAcceptance.allocate(
                List.of(new Applicant(1, List.of(10L, 20L)), new Applicant(2, List.of(10L, 20L))),
                List.of(new Host(10, 1, null), new Host(20, 1, null)),
                Map.of(),
                List.of(2L, 1L));

        assertThat(outcome.assigned()).containsExactlyInAnyOrderEntriesOf(Map.of(2L, 10L, 1L, 20L));
        assertThat(outcome.alternates()).containsExactlyEntriesOf(Map.of(10L, List.of(1L)));
    }

    @Test
    void aQuotaLimitsThePlacementsOfOneAdministrationTogether() {
        // Two placements in Warsaw, two places each, but Warsaw agreed to take three people this year.
        Outcome outcome = DeferredAcceptance.allocate(
                List.of(
                        new Applicant(1, List.of(10L)),
                        new Applicant(2, List.of(11L)),
                        new Applicant(3, List.of(10L, 20L)),
                        new Applicant(4, List.of(11L, 20L))),
                List.of(new Host(10, 2, "Warsaw 2027"), new Host(11, 2, "Warsaw 2027"), new Host(20, 1, null)),
                Map.of("Warsaw 2027", 3),
                List.of(1L, 2L, 3L, 4L));

        assertThat(outcome.assigned()).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 10L, 2L, 11L, 3L, 10L, 4L, 20L));
        assertThat(outcome.alternates()).containsExactlyEntriesOf(Map.of(11L, List.of(4L)));
    }

    @Test
    void nobodyIsPlacedWithoutAChoiceOrARankAndAnApplicantIsRankedOnce() {
        Outcome outcome = DeferredAcceptance.allocate(
                List.of(new Applicant(1, List.of()), new Applicant(2, List.of(10L)), new Applicant(3, List.of(99L))),
                List.of(new Host(10, 5, null)),
                Map.of(),
                List.of(1L, 3L));

        assertThat(outcome.assigned()).isEmpty();
        assertThatThrownBy(() -> DeferredAcceptance.allocate(List.of(), List.of(), Map.of(), List.of(1L, 1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalScoresAreOrderedByTheRecordedLotteryTheSameWayEveryTime() {
        Map<Long, Integer> scores = Map.of(1L, 80, 2L, 90, 3L, 80, 4L, 80, 5L, 70);

        List<Long> order = DeferredAcceptance.priority(scores, 2027);

        assertThat(order.getFirst()).isEqualTo(2L);
        assertThat(order.getLast()).isEqualTo(5L);
        assertThat(order.subList(1, 4)).containsExactlyInAnyOrder(1L, 3L, 4L);
        assertThat(DeferredAcceptance.priority(new HashMap<>(scores), 2027)).isEqualTo(order);
        // Another seed draws another lottery; over a few seeds the tied three do not always come in one order.
        assertThat(java.util.stream.LongStream.range(0, 20)
                        .mapToObj(seed -> DeferredAcceptance.priority(scores, seed))
                        .distinct()
                        .count())
                .isGreaterThan(1);
    }

    /**
     * 400 random calls, the same on every run (each named by its seed, to reproduce one): up to 60 applicants and 25
     * placements, including calls without applicants or without placements.
     */
    static java.util.stream.Stream<Instance> instances() {
        SplittableRandom sizes = new SplittableRandom(13);
        return java.util.stream.LongStream.range(0, 400)
                .mapToObj(seed -> Instance.random(seed, sizes.nextInt(61), sizes.nextInt(26)));
    }

    /** A random call: applicants with up to five distinct choices, placements with 0–3 places, some quotas. */
    record Instance(
            long seed, List<Applicant> applicants, List<Host> hosts, Map<Object, Integer> quotas, List<Long> priority) {

        @Override
        public String toString() {
            return "seed " + seed + ": " + applicants.size() + " applicants, " + hosts.size() + " placements";
        }

        static Instance random(long seed, int applicants, int hosts) {
            return random(seed, applicants, hosts, -1);
        }

        /** A random call whose applicants choose {@code choices} placements each (-1: between none and five). */
        static Instance random(long seed, int applicants, int hosts, int choices) {
            SplittableRandom random = new SplittableRandom(seed);
            int administrations = Math.max(1, hosts / 3);
            List<Host> placed = new ArrayList<>();
            for (int h = 0; h < hosts; h++) {
                Object quota = random.nextInt(3) == 0 ? null : "administration " + random.nextInt(administrations);
                placed.add(new Host(1000 + h, random.nextInt(4), quota));
            }
            Map<Object, Integer> quotas = new HashMap<>();
            for (int q = 0; q < administrations; q++) {
                if (random.nextBoolean()) {
                    quotas.put("administration " + q, random.nextInt(5));
                }
            }
            List<Applicant> applying = new ArrayList<>();
            for (int a = 0; a < applicants; a++) {
                List<Long> chosen = new ArrayList<>();
                int wanted = Math.min(hosts, choices >= 0 ? choices : random.nextInt(6));
                while (chosen.size() < wanted) {
                    long choice = 1000 + random.nextInt(hosts);
                    if (!chosen.contains(choice)) {
                        chosen.add(choice);
                    }
                }
                applying.add(new Applicant(a + 1, chosen));
            }
            List<Long> priority =
                    new ArrayList<>(applying.stream().map(Applicant::id).toList());
            java.util.Collections.shuffle(priority, new java.util.Random(seed));
            return new Instance(seed, applying, placed, quotas, priority);
        }

        Outcome allocate() {
            return DeferredAcceptance.allocate(applicants, hosts, quotas, priority);
        }

        Host host(long id) {
            return hosts.stream().filter(h -> h.id() == id).findFirst().orElseThrow();
        }

        /** Whether the quota of the host still has room in the outcome. */
        boolean quotaHasRoom(Host host, Map<Long, Long> assigned) {
            if (host.quota() == null || !quotas.containsKey(host.quota())) {
                return true;
            }
            return inQuota(host.quota(), assigned).size() < quotas.get(host.quota());
        }

        List<Long> inQuota(Object quota, Map<Long, Long> assigned) {
            return assigned.entrySet().stream()
                    .filter(e -> quota.equals(host(e.getValue()).quota()))
                    .map(Map.Entry::getKey)
                    .toList();
        }

        List<Long> holdersOf(long host, Map<Long, Long> assigned) {
            return assigned.entrySet().stream()
                    .filter(e -> e.getValue() == host)
                    .map(Map.Entry::getKey)
                    .toList();
        }

        /** The choices the applicant prefers to what they got (all, if nothing). */
        List<Long> preferred(Applicant applicant, Map<Long, Long> assigned) {
            Long got = assigned.get(applicant.id());
            return got == null
                    ? applicant.choices()
                    : applicant.choices().subList(0, applicant.choices().indexOf(got));
        }
    }

    @ParameterizedTest
    @MethodSource("instances")
    void placesAndQuotasAreHeldAndEveryoneGetsOneOfTheirChoices(Instance instance) {
        Map<Long, Long> assigned = instance.allocate().assigned();

        Map<Long, Long> perHost =
                assigned.values().stream().collect(Collectors.groupingBy(h -> h, Collectors.counting()));
        perHost.forEach((host, taken) ->
                assertThat(taken).isLessThanOrEqualTo(instance.host(host).places()));
        instance.quotas()
                .forEach((quota, limit) ->
                        assertThat(instance.inQuota(quota, assigned)).hasSizeLessThanOrEqualTo(limit));
        for (Applicant applicant : instance.applicants()) {
            Long got = assigned.get(applicant.id());
            if (got != null) {
                assertThat(applicant.choices()).contains(got);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("instances")
    void nobodyPrefersAPlacementThatHasRoomForThemOrHoldsSomebodyRankedBelowThem(Instance instance) {
        Map<Long, Long> assigned = instance.allocate().assigned();
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < instance.priority().size(); i++) {
            rank.put(instance.priority().get(i), i);
        }

        for (Applicant applicant : instance.applicants()) {
            int mine = rank.get(applicant.id());
            for (long wanted : instance.preferred(applicant, assigned)) {
                Host host = instance.host(wanted);
                List<Long> holders = instance.holdersOf(wanted, assigned);
                boolean placeFree = holders.size() < host.places();
                boolean quotaFree = instance.quotaHasRoom(host, assigned);
                assertThat(placeFree && quotaFree)
                        .as("%d would take a free place at %d", applicant.id(), wanted)
                        .isFalse();
                // Nobody ranked below them holds the placement, or (where the quota is what is full) the quota.
                if (!placeFree) {
                    assertThat(holders).allMatch(h -> rank.get(h) < mine);
                } else {
                    assertThat(instance.inQuota(host.quota(), assigned)).allMatch(h -> rank.get(h) < mine);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("instances")
    void theOutcomeIsThatOfChoosingOneAfterAnotherInPriorityOrder(Instance instance) {
        Map<Long, Applicant> byId = instance.applicants().stream().collect(Collectors.toMap(Applicant::id, a -> a));
        Map<Long, Long> serial = new HashMap<>();
        for (long id : instance.priority()) {
            for (long wanted : byId.get(id).choices()) {
                Host host = instance.host(wanted);
                if (instance.holdersOf(wanted, serial).size() < host.places() && instance.quotaHasRoom(host, serial)) {
                    serial.put(id, wanted);
                    break;
                }
            }
        }

        assertThat(instance.allocate().assigned()).isEqualTo(serial);
    }

    @ParameterizedTest
    @MethodSource("instances")
    void alternatesAreThoseWhoWouldRatherHaveThePlacementInPriorityOrder(Instance instance) {
        Outcome outcome = instance.allocate();
        Map<Long, List<Long>> expected = new HashMap<>();
        for (long id : instance.priority()) {
            Applicant applicant = instance.applicants().get((int) id - 1);
            for (long wanted : instance.preferred(applicant, outcome.assigned())) {
                expected.computeIfAbsent(wanted, h -> new ArrayList<>()).add(id);
            }
        }

        assertThat(outcome.alternates()).isEqualTo(expected);
    }
}
