package org.jumelage.exchange.domain;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.StayStatus;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates a call's shortlisted applications to its placements (ADR 0021): the office proposes once the call has
 * closed and every shortlisted application has its scorecards; the algorithm ({@link DeferredAcceptance}) gives each
 * applicant the best of their eligible choices that the priority (score, then a lottery from a recorded seed) leaves
 * them, within the places left and the quotas agreed for the year; the office reviews, overrides single entries with a
 * reason, and publishes: then every assigned application is placed, with its stay planned.
 */
@Service
@Transactional
public class AllocationService {

    /** How many entries of an allocation its page shows at a time. */
    public static final int PAGE_SIZE = 50;

    private final CallService calls;
    private final ApplicationService applicationService;
    private final ApplicationRepository applications;
    private final PlacementRepository placementRepository;
    private final PlacementService placements;
    private final StayRepository stays;
    private final QuotaRepository quotas;
    private final ScoringService scoring;
    private final ScorecardRepository scorecards;
    private final AllocationRepository allocations;
    private final AllocationEntryRepository entries;
    private final ExchangeAccess access;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final org.springframework.context.ApplicationEventPublisher events;
    private final StayBudgets budgets;

    AllocationService(
            CallService calls,
            ApplicationService applicationService,
            ApplicationRepository applications,
            PlacementRepository placementRepository,
            PlacementService placements,
            StayRepository stays,
            QuotaRepository quotas,
            ScoringService scoring,
            ScorecardRepository scorecards,
            AllocationRepository allocations,
            AllocationEntryRepository entries,
            ExchangeAccess access,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            StayBudgets budgets) {
        this.budgets = budgets;
        this.events = events;
        this.calls = calls;
        this.applicationService = applicationService;
        this.applications = applications;
        this.placementRepository = placementRepository;
        this.placements = placements;
        this.stays = stays;
        this.quotas = quotas;
        this.scoring = scoring;
        this.scorecards = scorecards;
        this.allocations = allocations;
        this.entries = entries;
        this.access = access;
        this.clock = clock;
    }

    /** The quota a placement counts against: its host administration and the year its period begins. */
    record QuotaKey(long administrationId, int year) {}

    /** The call's allocation, proposed or published, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Allocation> of(long callId) {
        requireOffice();
        return allocations.findByCallId(callId);
    }

    /** A page of the allocation's entries, in priority order. */
    @Transactional(readOnly = true)
    public Page<AllocationEntry> entries(long allocationId, int page) {
        requireOffice();
        return entries.findByAllocationIdOrderByPriorityAsc(allocationId, PageRequest.of(Math.max(0, page), PAGE_SIZE));
    }

    /**
     * Whether scores changed, or an application left the shortlist, after the proposal was made: then it must be
     * proposed again before it is published.
     */
    @Transactional(readOnly = true)
    public boolean isStale(Allocation allocation) {
        if (allocation.isPublished()) {
            return false;
        }
        boolean rescored = scorecards
                .findLastScoredOfCall(allocation.getCallId())
                .map(last -> last.isAfter(allocation.getProposedAt()))
                .orElse(false);
        // By who is in it, not by how many: one withdrawal and one new shortlisting would keep the count.
        return rescored
                || entries.countShortlistedWithoutEntry(allocation.getCallId(), allocation.getId()) > 0
                || entries.countEntriesNotShortlisted(allocation.getId()) > 0;
    }

    /** How many shortlisted applications of the call still lack scorecards. */
    @Transactional(readOnly = true)
    public long unscored(Call call) {
        requireOffice();
        long scored = scorecards.countScored(call.getId(), ApplicationStatus.SHORTLISTED, call.scorersRequired());
        return applications.countByCallIdAndStatus(call.getId(), ApplicationStatus.SHORTLISTED) - scored;
    }

    /** Runs the allocation on the call as it stands and records it as the proposal, replacing an earlier one. */
    public Allocation propose(long callId) {
        requireOffice();
        Call call = calls.get(callId);
        if (calls.isOpen(call) || clock.instant().isBefore(call.getClosesAt())) {
            throw new RuleViolation("allocation.error.callOpen");
        }
        Optional<Allocation> earlier = allocations.findByCallId(callId);
        if (earlier.isPresent()) {
            earlier.get().requireProposed();
            // As an entity, so the audit trail records who discarded it (its entries go with it, by the database's
            // cascade).
            allocations.delete(earlier.get());
            allocations.flush();
        }
        List<Application> shortlisted =
                applications.findByCallIdAndStatusOrderByIdAsc(callId, ApplicationStatus.SHORTLISTED);
        if (shortlisted.isEmpty()) {
            throw new RuleViolation("allocation.error.nobody");
        }
        Map<Long, ScoringService.Score> scores = scoring.scores(callId);
        long unscored = shortlisted.stream()
                .filter(a ->
                        !scores.containsKey(a.getId()) || scores.get(a.getId()).scorers() < call.scorersRequired())
                .count();
        if (unscored > 0) {
            throw new RuleViolation("allocation.error.unscored", unscored);
        }
        Map<Long, Placement> hosts = outgoingPlacements(callId);
        Map<Long, Integer> placesLeft = placements.placesLeft(hosts.values());
        Map<Long, QuotaKey> quotaOf = new HashMap<>();
        Map<Object, Integer> quotaLeft = quotasLeft(hosts.values(), quotaOf);

        long seed = random.nextLong();
        Map<Long, BigDecimal> points = new HashMap<>();
        shortlisted.forEach(a -> points.put(a.getId(), scores.get(a.getId()).points()));
        List<Long> priority = DeferredAcceptance.priority(points, seed);

        Map<Long, List<ChoiceOutcome>> explained = new HashMap<>();
        List<DeferredAcceptance.Applicant> applicants = new ArrayList<>();
        for (Application application : shortlisted) {
            List<Long> eligible = new ArrayList<>();
            List<ChoiceOutcome> outcomes = new ArrayList<>();
            List<Long> chosen = application.getChoices();
            for (int r = 0; r < chosen.size(); r++) {
                Placement placement = hosts.get(chosen.get(r));
                if (placement == null) {
                    continue;
                }
                Optional<Eligibility.Broken> broken = Eligibility.check(application, placement, call, today());
                if (broken.isPresent()) {
                    outcomes.add(ChoiceOutcome.ineligible(r + 1, placement.getId(), broken.get()));
                } else {
                    eligible.add(placement.getId());
                    outcomes.add(ChoiceOutcome.of(r + 1, placement.getId(), ChoiceOutcome.Outcome.TAKEN));
                }
            }
            explained.put(application.getId(), outcomes);
            applicants.add(new DeferredAcceptance.Applicant(application.getId(), eligible));
        }
        List<DeferredAcceptance.Host> hostList = hosts.values().stream()
                .map(p -> new DeferredAcceptance.Host(
                        p.getId(), Math.max(0, placesLeft.getOrDefault(p.getId(), 0)), quotaOf.get(p.getId())))
                .toList();
        DeferredAcceptance.Outcome outcome = DeferredAcceptance.allocate(applicants, hostList, quotaLeft, priority);

        Allocation allocation = allocations.saveAndFlush(new Allocation(
                callId,
                seed,
                shortlisted.size(),
                outcome.assigned().size(),
                access.user().displayName(),
                clock.instant()));
        List<AllocationEntry> rows = new ArrayList<>(priority.size());
        for (int i = 0; i < priority.size(); i++) {
            long applicationId = priority.get(i);
            Long got = outcome.assigned().get(applicationId);
            Integer rank = null;
            List<ChoiceOutcome> outcomes = new ArrayList<>();
            for (ChoiceOutcome choice : explained.get(applicationId)) {
                if (choice.outcome() == ChoiceOutcome.Outcome.INELIGIBLE) {
                    outcomes.add(choice);
                } else if (got != null && choice.placementId() == got) {
                    rank = choice.rank();
                    outcomes.add(choice.with(ChoiceOutcome.Outcome.GOT));
                } else if (rank != null) {
                    outcomes.add(choice.with(ChoiceOutcome.Outcome.LOWER));
                } else {
                    boolean noneLeft = placesLeft.getOrDefault(choice.placementId(), 0) < 1
                            || (quotaOf.containsKey(choice.placementId())
                                    && quotaLeft.get(quotaOf.get(choice.placementId())) < 1);
                    outcomes.add(noneLeft ? choice.with(ChoiceOutcome.Outcome.NONE_LEFT) : choice);
                }
            }
            rows.add(new AllocationEntry(
                    allocation.getId(), applicationId, i + 1, points.get(applicationId), got, rank, outcomes));
        }
        entries.saveAll(rows);
        return allocation;
    }

    /**
     * The quotas left for the placements' administrations and years: the quota agreed, less the stays already planned
     * there that year (by hand, or in another call). A placement counts against the year its period begins, and so do
     * the stays at it, whenever each begins. A placement without a quota record counts against none.
     */
    private Map<Object, Integer> quotasLeft(java.util.Collection<Placement> hosts, Map<Long, QuotaKey> quotaOf) {
        Map<Long, Long> administrationOf = new HashMap<>();
        hosts.forEach(
                p -> access.administrationOf(p.getHostUnitId()).ifPresent(a -> administrationOf.put(p.getId(), a)));
        Map<Object, Integer> left = new HashMap<>();
        java.util.Set<Integer> years = new java.util.HashSet<>();
        hosts.forEach(p -> years.add(p.getPeriodFrom().getYear()));
        Map<QuotaKey, Quota> agreed = new HashMap<>();
        quotas.findByYearIn(years).forEach(q -> agreed.put(new QuotaKey(q.getAdministrationId(), q.getYear()), q));
        for (Placement placement : hosts) {
            Long administration = administrationOf.get(placement.getId());
            if (administration == null) {
                continue;
            }
            QuotaKey key =
                    new QuotaKey(administration, placement.getPeriodFrom().getYear());
            Quota quota = agreed.get(key);
            if (quota == null) {
                continue;
            }
            quotaOf.put(placement.getId(), key);
            left.computeIfAbsent(key, k -> {
                long used = stays.countChargedToQuota(
                        key.administrationId(),
                        LocalDate.of(key.year(), 1, 1),
                        LocalDate.of(key.year(), 12, 31),
                        StayStatus.CANCELLED);
                return (int) Math.max(0, quota.getPlaces() - used);
            });
        }
        return left;
    }

    /**
     * The office gives one entry of the proposal another eligible choice, or none, with a reason. The placement must
     * have a place left, and its quota room, among what the proposal already gives.
     */
    public void override(long callId, long entryId, long version, Long placementId, String reason) {
        requireOffice();
        Allocation allocation = allocations.lockByCallId(callId).orElseThrow(() -> new NotFound("allocation", callId));
        allocation.requireProposed();
        AllocationEntry entry = entries.findById(entryId)
                .filter(e -> e.getAllocationId() == allocation.getId())
                .orElseThrow(() -> new NotFound("allocation entry", entryId));
        if (entry.getVersion() != version) {
            throw new EditConflict("allocation entry " + entryId, version, entry.getVersion());
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.at("reason", "allocation.error.reason");
        }
        if (placementId != null) {
            ChoiceOutcome choice = entry.getChoices().stream()
                    .filter(c -> c.placementId() == placementId)
                    .findFirst()
                    .orElseThrow(() -> RuleViolation.at("placementId", "allocation.error.notAChoice"));
            if (choice.outcome() == ChoiceOutcome.Outcome.INELIGIBLE) {
                throw RuleViolation.at("placementId", "allocation.error.ineligible");
            }
        }
        if (placementId != null && !placementId.equals(entry.getPlacementId())) {
            Map<Long, Long> held = new HashMap<>();
            entries.heldPerPlacement(allocation.getId()).forEach(r -> held.put((Long) r[0], (Long) r[1]));
            Map<Long, Placement> hosts = outgoingPlacements(callId);
            Placement target = hosts.get(placementId);
            if (target == null) {
                throw RuleViolation.at("placementId", "allocation.error.notAChoice");
            }
            if (placements.placesLeft(target) - held.getOrDefault(placementId, 0L) < 1) {
                throw RuleViolation.at("placementId", "allocation.error.full");
            }
            Map<Long, QuotaKey> quotaOf = new HashMap<>();
            Map<Object, Integer> quotaLeft = quotasLeft(hosts.values(), quotaOf);
            QuotaKey key = quotaOf.get(placementId);
            if (key != null) {
                long inQuota = held.entrySet().stream()
                        .filter(h -> key.equals(quotaOf.get(h.getKey())))
                        .mapToLong(Map.Entry::getValue)
                        .sum();
                boolean freesOne = entry.getPlacementId() != null && key.equals(quotaOf.get(entry.getPlacementId()));
                if (inQuota - (freesOne ? 1 : 0) >= quotaLeft.get(key)) {
                    throw RuleViolation.at("placementId", "allocation.error.quota");
                }
            }
        }
        int before = entry.getPlacementId() == null ? 0 : 1;
        entry.override(placementId, reason, access.user().displayName());
        allocation.assignedChangedBy((placementId == null ? 0 : 1) - before);
        entries.flush();
    }

    /**
     * Publishes the proposal: each assigned application is placed and its stay planned, from the first day its
     * placement's weeks fit the released period. Refused while the proposal is stale.
     */
    public void publish(long callId, long version) {
        requireOffice();
        Allocation allocation = allocations.lockByCallId(callId).orElseThrow(() -> new NotFound("allocation", callId));
        if (allocation.getVersion() != version) {
            throw new EditConflict("allocation " + allocation.getId(), version, allocation.getVersion());
        }
        allocation.requireProposed();
        if (isStale(allocation)) {
            throw new RuleViolation("allocation.error.stale");
        }
        Call call = calls.get(callId);
        List<AllocationEntry> all = entries.findByAllocationIdOrderByPriorityAsc(allocation.getId());
        requireQuotasHeld(callId, all);
        for (AllocationEntry entry : all) {
            if (entry.getPlacementId() == null) {
                continue;
            }
            Application application =
                    applications.findById(entry.getApplicationId()).orElseThrow();
            if (applicationService.isApplicant(application)) {
                throw new AccessDeniedException("nobody places their own application");
            }
            Placement placement = placements.lockForBooking(entry.getPlacementId());
            LocalDate start = Eligibility.stayStart(application, placement, call, today())
                    .orElseThrow(() -> new RuleViolation("allocation.error.stale"));
            budgets.follow(stays.save(Stay.outgoing(
                    application,
                    placement,
                    access.administrationOf(placement.getHostUnitId()).orElseThrow(),
                    start,
                    Eligibility.stayEnd(start, placement),
                    clock.instant())));
            applicationService.move(application, ApplicationStatus.SHORTLISTED, ApplicationStatus.PLACED, null);
        }
        allocation.publish(access.user().displayName(), clock.instant());
        allocations.saveAndFlush(allocation);
        events.publishEvent(new AllocationPublished(allocation.getId()));
    }

    /** An entry of the allocation, for its page. */
    @Transactional(readOnly = true)
    public AllocationEntry entry(Allocation allocation, long entryId) {
        requireOffice();
        return entries.findById(entryId)
                .filter(e -> e.getAllocationId() == allocation.getId())
                .orElseThrow(() -> new NotFound("allocation entry", entryId));
    }

    /**
     * The quotas as they stand now hold what the proposal gives: a quota lowered, or stays planned by hand meanwhile,
     * make the office look again instead of publishing past the limit. (Places are checked by the booking lock.)
     */
    private void requireQuotasHeld(long callId, List<AllocationEntry> all) {
        Map<Long, Placement> hosts = outgoingPlacements(callId);
        Map<Long, QuotaKey> quotaOf = new HashMap<>();
        Map<Object, Integer> left = quotasLeft(hosts.values(), quotaOf);
        Map<QuotaKey, Integer> given = new HashMap<>();
        for (AllocationEntry entry : all) {
            QuotaKey key = entry.getPlacementId() == null ? null : quotaOf.get(entry.getPlacementId());
            if (key != null && given.merge(key, 1, Integer::sum) > left.get(key)) {
                throw new RuleViolation("allocation.error.quota");
            }
        }
    }

    /** What the applicant is told once the allocation is published: their entry, if they were in it. */
    @Transactional(readOnly = true)
    public Optional<AllocationEntry> publishedEntryOf(Application application) {
        return allocations
                .findByCallId(application.getCallId())
                .filter(Allocation::isPublished)
                .flatMap(a -> entries.findByAllocationIdAndApplicationId(a.getId(), application.getId()));
    }

    /**
     * The placements these entries hold or chose, by id, for naming them on a page: read for the page's entries only,
     * not for the whole call.
     */
    @Transactional(readOnly = true)
    public Map<Long, Placement> placementsOf(java.util.Collection<AllocationEntry> page) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (AllocationEntry entry : page) {
            if (entry.getPlacementId() != null) {
                ids.add(entry.getPlacementId());
            }
            if (entry.getProposedPlacementId() != null) {
                ids.add(entry.getProposedPlacementId());
            }
            entry.getChoices().forEach(c -> ids.add(c.placementId()));
        }
        return placementsById(ids);
    }

    /** Placements by id, for naming them (a page's offers, an application's choices). */
    @Transactional(readOnly = true)
    public Map<Long, Placement> placementsById(java.util.Collection<Long> ids) {
        Map<Long, Placement> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            placementRepository.findAllById(ids).forEach(p -> byId.put(p.getId(), p));
        }
        return byId;
    }

    /** The applications of these entries, by id. */
    @Transactional(readOnly = true)
    public Map<Long, Application> applicationsOf(List<AllocationEntry> page) {
        requireOffice();
        Map<Long, Application> byId = new HashMap<>();
        applications
                .findAllById(
                        page.stream().map(AllocationEntry::getApplicationId).toList())
                .forEach(a -> byId.put(a.getId(), a));
        return byId;
    }

    /** The call's placements that Berlin's staff are allocated to (not Berlin's hosting offers), by id. */
    private Map<Long, Placement> outgoingPlacements(long callId) {
        Map<Long, Placement> hosts = new HashMap<>();
        placementRepository.findByCallIdOrderByTopicDeAsc(callId).stream()
                .filter(p -> !p.isIncoming())
                .forEach(p -> hosts.put(p.getId(), p));
        return hosts;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Berlin")));
    }

    private void requireOffice() {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("the office allocates");
        }
    }
}
