package org.jumelage.exchange.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The allocation of applicants to host placements (issue 13): applicant-proposing deferred acceptance (Gale and
 * Shapley) over each applicant's eligible choices, most wanted first, with the hosts ranking applicants by one
 * published priority (the office's score, ties broken by a recorded rule), the places of each placement and the quotas
 * agreed with a partner administration for a year, which several placements count against.
 *
 * <p>Each free applicant proposes to their next choice. A placement holds the best of those who proposed to it up to
 * its places; a quota holds the best of those its placements hold up to the quota; whoever is let go proposes to
 * their next choice. It ends when nobody is free with a choice left. The outcome is stable: no applicant prefers a
 * placement that has room for them (a free place and a free quota) or that holds, or whose quota holds, somebody the
 * priority ranks below them. With one priority for every host it is the outcome of letting applicants choose one
 * after another in priority order, and no applicant can get a better placement by ranking their choices untruthfully.
 *
 * <p>Plain values in and out, no database: the service reads the call, runs this and records the outcome.
 */
final class DeferredAcceptance {

    private DeferredAcceptance() {}

    /**
     * An applicant and the placements they may be given, most wanted first (ineligible choices already left out,
     * each placement once).
     */
    record Applicant(long id, List<Long> choices) {

        Applicant {
            choices = List.copyOf(choices);
        }
    }

    /**
     * A host placement: how many people it takes, and the quota it counts against ({@code null}: none).
     *
     * @param quota any value with equals, e.g. the partner administration and the year
     */
    record Host(long id, int places, Object quota) {}

    /**
     * What the allocation gives.
     *
     * @param assigned each applicant who got a placement, with it
     * @param alternates for each placement, the applicants who would rather have it than what they got (or nothing),
     *     in priority order: when a place frees up, it is offered to the first of them
     * @param proposals how many proposals were made (the work done)
     */
    record Outcome(Map<Long, Long> assigned, Map<Long, List<Long>> alternates, int proposals) {}

    /**
     * Allocates.
     *
     * @param applicants the applicants with their choices; choices of unknown placements are ignored
     * @param hosts the placements
     * @param quotas the quota for each quota value the hosts name (a value without an entry has no limit)
     * @param priority every applicant's id, best first (the host's ranking); an applicant missing here is not
     *     allocated
     */
    static Outcome allocate(
            List<Applicant> applicants, List<Host> hosts, Map<Object, Integer> quotas, List<Long> priority) {
        Map<Long, Integer> rankOf = new HashMap<>(priority.size() * 2);
        for (int i = 0; i < priority.size(); i++) {
            if (rankOf.putIfAbsent(priority.get(i), i) != null) {
                throw new IllegalArgumentException("applicant " + priority.get(i) + " twice in the priority");
            }
        }
        Map<Long, Integer> hostIndex = new HashMap<>(hosts.size() * 2);
        for (int i = 0; i < hosts.size(); i++) {
            if (hosts.get(i).places() < 0) {
                throw new IllegalArgumentException("placement " + hosts.get(i).id() + " has fewer than no places");
            }
            hostIndex.put(hosts.get(i).id(), i);
        }
        // Applicants in priority order: index i is the i-th best, so a tree of indices keeps its worst last.
        int n = priority.size();
        int[][] choices = new int[n][];
        Map<Long, Applicant> byId = new HashMap<>(applicants.size() * 2);
        for (Applicant applicant : applicants) {
            byId.put(applicant.id(), applicant);
        }
        for (int i = 0; i < n; i++) {
            Applicant applicant = byId.get(priority.get(i));
            choices[i] = applicant == null
                    ? new int[0]
                    : applicant.choices().stream()
                            .map(hostIndex::get)
                            .filter(Objects::nonNull)
                            .distinct()
                            .mapToInt(Integer::intValue)
                            .toArray();
        }
        List<TreeSet<Integer>> heldBy = new ArrayList<>(hosts.size());
        for (int i = 0; i < hosts.size(); i++) {
            heldBy.add(new TreeSet<>());
        }
        Map<Object, TreeSet<Integer>> heldByQuota = new HashMap<>();
        int[] next = new int[n];
        int[] holding = new int[n];
        Arrays.fill(holding, -1);
        ArrayDeque<Integer> free = new ArrayDeque<>(n);
        for (int i = 0; i < n; i++) {
            free.add(i);
        }
        int proposals = 0;
        while (!free.isEmpty()) {
            int a = free.poll();
            if (next[a] >= choices[a].length) {
                continue;
            }
            int h = choices[a][next[a]++];
            proposals++;
            Host host = hosts.get(h);
            TreeSet<Integer> held = heldBy.get(h);
            held.add(a);
            holding[a] = h;
            if (held.size() > host.places()) {
                letGo(held.pollLast(), holding, heldByQuota, hosts, free);
            }
            if (holding[a] == h && host.quota() != null && quotas.containsKey(host.quota())) {
                TreeSet<Integer> inQuota = heldByQuota.computeIfAbsent(host.quota(), q -> new TreeSet<>());
                inQuota.add(a);
                if (inQuota.size() > quotas.get(host.quota())) {
                    int worst = inQuota.pollLast();
                    heldBy.get(holding[worst]).remove(worst);
                    holding[worst] = -1;
                    free.add(worst);
                }
            }
        }
        Map<Long, Long> assigned = new LinkedHashMap<>();
        Map<Long, List<Long>> alternates = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (holding[i] >= 0) {
                assigned.put(priority.get(i), hosts.get(holding[i]).id());
            }
            // Every choice before the one held (all of them, if none is held) would be taken if it freed up.
            int preferred = holding[i] >= 0 ? next[i] - 1 : choices[i].length;
            for (int c = 0; c < preferred; c++) {
                alternates
                        .computeIfAbsent(hosts.get(choices[i][c]).id(), id -> new ArrayList<>())
                        .add(priority.get(i));
            }
        }
        return new Outcome(assigned, alternates, proposals);
    }

    /** The applicant loses the placement it held there (and its place in the quota) and is free again. */
    private static void letGo(
            int applicant,
            int[] holding,
            Map<Object, TreeSet<Integer>> heldByQuota,
            List<Host> hosts,
            ArrayDeque<Integer> free) {
        Object quota = hosts.get(holding[applicant]).quota();
        if (quota != null && heldByQuota.containsKey(quota)) {
            heldByQuota.get(quota).remove(applicant);
        }
        holding[applicant] = -1;
        free.add(applicant);
    }

    /**
     * The priority: the best score first; equal scores in the order of a lottery drawn from {@code seed} (a number
     * recorded with the allocation, so that anyone can draw it again and get the same order).
     */
    static List<Long> priority(Map<Long, ? extends Comparable<?>> scores, long seed) {
        Map<Long, Long> lottery = new HashMap<>(scores.size() * 2);
        for (Long id : scores.keySet()) {
            lottery.put(id, new java.util.SplittableRandom(seed ^ (id * 0x9E3779B97F4A7C15L)).nextLong());
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<Long> byScore = (x, y) -> ((Comparable) scores.get(y)).compareTo(scores.get(x));
        return scores.keySet().stream()
                .sorted(byScore.thenComparing(lottery::get).thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
