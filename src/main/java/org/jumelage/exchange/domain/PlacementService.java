package org.jumelage.exchange.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jumelage.exchange.StayStatus;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Host placements. The office records any; a partner city's coordinator records those of their own administration;
 * an editor of a Berlin unit records their unit's hosting offers. A coordinator sees their administration's placements
 * and Berlin's hosting offers, never another partner city's placements.
 */
@Service
@Transactional
public class PlacementService {

    private final PlacementRepository placements;
    private final StayRepository stays;
    private final CallService calls;
    private final ProgrammeService programmes;
    private final Organisation organisation;
    private final ExchangeAccess access;
    private final Clock clock;

    PlacementService(
            PlacementRepository placements,
            StayRepository stays,
            CallService calls,
            ProgrammeService programmes,
            Organisation organisation,
            ExchangeAccess access,
            Clock clock) {
        this.placements = placements;
        this.stays = stays;
        this.calls = calls;
        this.programmes = programmes;
        this.organisation = organisation;
        this.access = access;
        this.clock = clock;
    }

    /** The placements the person may see, of one call or of all. */
    @Transactional(readOnly = true)
    public List<Placement> visible(Long callId) {
        List<Placement> all = callId == null
                ? placements.findAllByOrderByPeriodFromAscTopicDeAsc()
                : placements.findByCallIdOrderByTopicDeAsc(callId);
        return all.stream().filter(viewer()).toList();
    }

    /** How many placements the list shows at a time. */
    public static final int PAGE_SIZE = 50;

    /**
     * A page of the placements the person may see ({@link #mayView}), of one call or of all, by start and topic: the
     * rule is asked of the database, so a page reads its rows only.
     */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Placement> visiblePage(Long callId, int page) {
        return visiblePage(callId, null, page);
    }

    /**
     * Like {@link #visiblePage(Long, int)}, of one direction only where {@code incoming} is given: guests to Berlin
     * ({@code true}) or stays of Berlin's staff in partner cities ({@code false}).
     */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Placement> visiblePage(Long callId, Boolean incoming, int page) {
        org.springframework.data.jpa.domain.Specification<Placement> selection =
                (root, query, cb) -> callId == null ? cb.conjunction() : cb.equal(root.get("callId"), callId);
        if (incoming != null) {
            selection = selection.and((root, query, cb) -> cb.equal(root.get("incoming"), incoming));
        }
        // What the selection is made of: the kept total belongs to it (a coordinator's depends on the programmes their
        // administration takes part in, which are not part of the exchange's change counter).
        List<Object> selectionKey = new java.util.ArrayList<>(java.util.Arrays.asList(callId, incoming));
        Optional<Long> coordinator = access.coordinatorAdministration();
        if (coordinator.isPresent()) {
            long own = coordinator.get();
            // Incoming offers of calls whose programme their administration takes part in; hosting at their own.
            Set<Long> memberProgrammes = programmes.all().stream()
                    .filter(programme -> programme.getAdministrationIds().contains(own))
                    .map(Programme::getId)
                    .collect(Collectors.toSet());
            List<Long> offeredCalls = calls.all().stream()
                    .filter(call -> memberProgrammes.contains(call.getProgrammeId()))
                    .map(Call::getId)
                    .toList();
            Set<Long> ownUnits = organisation.subtree(own);
            selectionKey.add(offeredCalls);
            selectionKey.add(ownUnits);
            selection = selection.and((root, query, cb) -> cb.or(
                    cb.and(cb.isTrue(root.get("incoming")), inOrNone(cb, root.get("callId"), offeredCalls)),
                    cb.and(cb.isFalse(root.get("incoming")), inOrNone(cb, root.get("hostUnitId"), ownUnits))));
        }
        var request = org.springframework.data.domain.PageRequest.of(
                Math.max(0, page), PAGE_SIZE, org.springframework.data.domain.Sort.by("periodFrom", "topicDe", "id"));
        // The rows in the order of their index (V29), without a count; the total kept until the exchange changes.
        var rows = placements.findBy(selection, q -> q.slice(request));
        var finalSelection = selection;
        long total = counts.count(selectionKey, placements.findChangeCount(), () -> placements.count(finalSelection));
        return org.jumelage.shared.KeptCounts.page(rows, request, total);
    }

    /** Totals of the placements list's selections, kept until the exchange changes. */
    private final org.jumelage.shared.KeptCounts counts = new org.jumelage.shared.KeptCounts(256);

    private static jakarta.persistence.criteria.Predicate inOrNone(
            jakarta.persistence.criteria.CriteriaBuilder cb,
            jakarta.persistence.criteria.Path<Long> path,
            java.util.Collection<Long> ids) {
        return ids.isEmpty() ? cb.disjunction() : path.in(ids);
    }

    /**
     * {@link #mayView} for a whole list: the organisation, the calls and the programmes are looked up once, not once
     * per placement.
     */
    private Predicate<Placement> viewer() {
        Optional<Long> coordinator = access.coordinatorAdministration();
        if (coordinator.isEmpty()) {
            return placement -> true;
        }
        long own = coordinator.get();
        Map<Long, UnitRef> administrations = access.administrations();
        Map<Long, Long> programmeOfCall =
                calls.all().stream().collect(Collectors.toMap(Call::getId, Call::getProgrammeId));
        Map<Long, Set<Long>> members =
                programmes.all().stream().collect(Collectors.toMap(Programme::getId, Programme::getAdministrationIds));
        return placement -> placement.isIncoming()
                ? members.getOrDefault(programmeOfCall.get(placement.getCallId()), Set.of())
                        .contains(own)
                : administrations.containsKey(placement.getHostUnitId())
                        && administrations.get(placement.getHostUnitId()).id() == own;
    }

    /**
     * The placements with these ids that the person may see, by id: for a list of records that refer to placements,
     * in one query.
     */
    @Transactional(readOnly = true)
    public Map<Long, Placement> byIds(Collection<Long> ids) {
        Predicate<Placement> mayView = viewer();
        Map<Long, Placement> found = new HashMap<>();
        placements.findAllById(ids).stream().filter(mayView).forEach(p -> found.put(p.getId(), p));
        return found;
    }

    /** A placement the person may see; any other answers "not found", also when it exists. */
    @Transactional(readOnly = true)
    public Placement view(long id) {
        return placements.findById(id).filter(this::mayView).orElseThrow(() -> new NotFound("placement", id));
    }

    /**
     * A coordinator sees their administration's placements, and Berlin's hosting offers of calls whose programme
     * their administration takes part in; everyone else in the back office sees every placement.
     */
    public boolean mayView(Placement placement) {
        return access.coordinatorAdministration()
                .map(own -> placement.isIncoming()
                        ? programmes
                                .get(calls.get(placement.getCallId()).getProgrammeId())
                                .getAdministrationIds()
                                .contains(own)
                        : access.administrationOf(placement.getHostUnitId())
                                .map(own::equals)
                                .orElse(false))
                .orElse(true);
    }

    /**
     * The placement, locked until the end of the transaction, with a place left: two bookings of its last place at
     * the same moment take turns, and the second finds it full.
     */
    Placement lockForBooking(long id) {
        Placement placement = view(id);
        placements.lockById(id);
        if (placesLeft(placement) < 1) {
            throw new RuleViolation("placement.error.full");
        }
        return placement;
    }

    public boolean mayManage(Placement placement) {
        return mayRecordAt(placement.getHostUnitId());
    }

    /** Whether the person may record a placement at this host unit. */
    public boolean mayRecordAt(long hostUnitId) {
        return recorder().test(hostUnitId);
    }

    /** The units at which the person may record placements, for the form. */
    @Transactional(readOnly = true)
    public List<UnitRef> hostUnits() {
        java.util.function.LongPredicate mayRecord = recorder();
        return organisation.units().stream().filter(u -> mayRecord.test(u.id())).toList();
    }

    /**
     * Where the person may record placements: the office anywhere; a coordinator at their own partner administration
     * and its units; an editor at their Berlin unit and the units below it. The organisation is looked up once.
     */
    private java.util.function.LongPredicate recorder() {
        if (access.isAdmin()) {
            return unit -> true;
        }
        java.util.Map<Long, UnitRef> administrations = organisation.administrations();
        java.util.function.LongPredicate partnerUnit = unit -> administrations.containsKey(unit)
                && administrations.get(unit).kind() == org.jumelage.people.UnitKind.PARTNER_ADMINISTRATION;
        if (access.isCoordinator()) {
            Long own = access.coordinatorAdministration().orElse(null);
            return unit -> own != null
                    && partnerUnit.test(unit)
                    && own.equals(administrations.get(unit).id());
        }
        java.util.Set<Long> editable = JumelageUser.current()
                .filter(u -> u.role() == Role.EDITOR)
                .flatMap(JumelageUser::unitId)
                .map(organisation::subtree)
                .orElse(java.util.Set.of());
        return unit -> !partnerUnit.test(unit) && editable.contains(unit);
    }

    public boolean mayRecordAny() {
        return JumelageUser.current().isPresent() && !hostUnits().isEmpty();
    }

    @Transactional(readOnly = true)
    public int placesLeft(Placement placement) {
        return placement.getPlaces()
                - (int) stays.countByPlacementIdAndStatusNot(placement.getId(), StayStatus.CANCELLED);
    }

    /** The places left of each placement, by placement id: counted in one query for a whole list. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> placesLeft(Collection<Placement> placements) {
        if (placements.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> taken = new HashMap<>();
        for (Object[] row : stays.countByPlacementIdInAndStatusNot(
                placements.stream().map(Placement::getId).toList(), StayStatus.CANCELLED)) {
            taken.put((Long) row[0], ((Number) row[1]).longValue());
        }
        Map<Long, Integer> left = new HashMap<>();
        placements.forEach(p -> left.put(
                p.getId(), p.getPlaces() - taken.getOrDefault(p.getId(), 0L).intValue()));
        return left;
    }

    public Placement create(PlacementDetails details) {
        if (!mayRecordAt(details.hostUnitId())) {
            throw new AccessDeniedException("may not record placements at unit " + details.hostUnitId());
        }
        Call call = checked(details);
        return placements.save(new Placement(
                details,
                !access.isPartnerUnit(details.hostUnitId()),
                call,
                JumelageUser.currentUsername(),
                clock.instant()));
    }

    public void edit(long id, long version, PlacementDetails details) {
        Placement placement = view(id);
        if (!mayManage(placement)) {
            throw new AccessDeniedException("may not change placement " + id);
        }
        if (details.hostUnitId() != placement.getHostUnitId() || details.callId() != placement.getCallId()) {
            throw new RuleViolation("placement.error.hostFixed");
        }
        if (placement.getVersion() != version) {
            throw new EditConflict("placement " + id, version, placement.getVersion());
        }
        // Counted under the booking lock, so that a place booked at this moment is counted too.
        placements.lockById(id);
        int taken = placement.getPlaces() - placesLeft(placement);
        if (details.places() < taken) {
            throw new RuleViolation("placement.error.placesTaken", taken);
        }
        placement.apply(details, checked(details), clock.instant());
    }

    /** For the demo data. */
    Placement createExample(PlacementDetails details) {
        return placements.save(new Placement(
                details, !access.isPartnerUnit(details.hostUnitId()), checked(details), "system", clock.instant()));
    }

    /** The call must exist and still hold personal data; a partner host must take part in the call's programme. */
    private Call checked(PlacementDetails details) {
        Call call = calls.get(details.callId());
        if (call.isErased()) {
            throw new RuleViolation("exchange.error.erased");
        }
        if (details.topicDe() == null
                || details.topicDe().isBlank()
                || details.topicEn() == null
                || details.topicEn().isBlank()) {
            throw new RuleViolation("placement.error.topic");
        }
        UnitRef host = organisation
                .unit(details.hostUnitId())
                .orElseThrow(() -> new RuleViolation("placement.error.unknownUnit"));
        if (access.isPartnerUnit(host.id())) {
            Long administration = access.administrationOf(host.id()).orElseThrow();
            if (!programmes.get(call.getProgrammeId()).getAdministrationIds().contains(administration)) {
                throw new RuleViolation("placement.error.notInProgramme");
            }
        }
        return call;
    }
}
