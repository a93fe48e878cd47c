package org.jumelage.exchange.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.StaffDirectory;
import org.jumelage.people.StaffDirectory.StaffMember;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incoming staff: a partner city's coordinator nominates their staff for Berlin's hosting offers; the host unit (its
 * editor) or the office accepts with a mentor, which plans the stay, or declines with a reason. A coordinator sees
 * only their own administration's nominations; any other answers "not found".
 */
@Service
@Transactional
public class NominationService {

    private final NominationRepository nominations;
    private final PlacementService placements;
    private final CallService calls;
    private final ProgrammeService programmes;
    private final StayRepository stays;
    private final StaffDirectory staff;
    private final Organisation organisation;
    private final ExchangeAccess access;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final StayBudgets budgets;

    NominationService(
            NominationRepository nominations,
            PlacementService placements,
            CallService calls,
            ProgrammeService programmes,
            StayRepository stays,
            StaffDirectory staff,
            Organisation organisation,
            ExchangeAccess access,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            StayBudgets budgets) {
        this.budgets = budgets;
        this.nominations = nominations;
        this.placements = placements;
        this.calls = calls;
        this.programmes = programmes;
        this.stays = stays;
        this.staff = staff;
        this.organisation = organisation;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    /** The nominations the person may see: a coordinator their own, the host's editor their unit's, the office all. */
    @Transactional(readOnly = true)
    public List<Nomination> visible() {
        List<Nomination> all = nominations.findAllByOrderByNominatedAtDesc();
        return all.stream().filter(viewer(all)).toList();
    }

    /**
     * {@link #mayView} for a whole list: the organisation and the nominations' placements are looked up once, not once
     * per nomination.
     */
    private Predicate<Nomination> viewer(List<Nomination> all) {
        if (access.isAdmin()) {
            return nomination -> true;
        }
        if (access.isCoordinator()) {
            Long own = access.coordinatorAdministration().orElse(null);
            return nomination -> own != null && own == nomination.getAdministrationId();
        }
        // The host unit's editors decide on nominations for its offers (mayDecideFor); nobody else sees them.
        Set<Long> editable = access.unitsWhereHolding(Role.EDITOR);
        if (editable.isEmpty()) {
            return nomination -> false;
        }
        Map<Long, Placement> placed =
                placements.byIds(all.stream().map(Nomination::getPlacementId).collect(Collectors.toSet()));
        return nomination -> {
            Placement placement = placed.get(nomination.getPlacementId());
            return placement != null && placement.isIncoming() && editable.contains(placement.getHostUnitId());
        };
    }

    @Transactional(readOnly = true)
    public List<Nomination> forPlacement(Placement placement) {
        return nominations.findByPlacementIdOrderByNominatedAtAsc(placement.getId()).stream()
                .filter(this::mayView)
                .toList();
    }

    @Transactional(readOnly = true)
    public Nomination view(long id) {
        return nominations.findById(id).filter(this::mayView).orElseThrow(() -> new NotFound("nomination", id));
    }

    private boolean mayView(Nomination nomination) {
        if (access.isAdmin()) {
            return true;
        }
        if (access.isCoordinator()) {
            return access.coordinatorAdministration()
                    .map(own -> own == nomination.getAdministrationId())
                    .orElse(false);
        }
        return placementOf(nomination).map(this::mayDecideFor).orElse(false);
    }

    private java.util.Optional<Placement> placementOf(Nomination nomination) {
        try {
            return java.util.Optional.of(placements.view(nomination.getPlacementId()));
        } catch (NotFound notFound) {
            return java.util.Optional.empty();
        }
    }

    /** The office, or an editor of the host unit, decides on nominations for a hosting offer. */
    public boolean mayDecideFor(Placement placement) {
        return placement.isIncoming()
                && (access.isAdmin() || access.holdsRoleFor(Role.EDITOR, placement.getHostUnitId()));
    }

    /** Whether the coordinator's administration may nominate for the offer: it takes part in the call's programme. */
    public boolean mayNominateFor(Placement placement) {
        return placement.isIncoming()
                && access.coordinatorAdministration()
                        .map(own -> programmes
                                .get(calls.get(placement.getCallId()).getProgrammeId())
                                .getAdministrationIds()
                                .contains(own))
                        .orElse(false);
    }

    public Nomination nominate(
            long placementId, String guestName, String email, String position, String languages, String motivation) {
        Placement placement = placements.view(placementId);
        if (!mayNominateFor(placement)) {
            throw new AccessDeniedException("may not nominate for placement " + placementId);
        }
        if (calls.get(placement.getCallId()).isErased()) {
            throw new RuleViolation("exchange.error.erased");
        }
        long administration = access.coordinatorAdministration().orElseThrow();
        // The same guest, nominated twice for the same offer (a double click), is one nomination.
        boolean pending = nominations.findByPlacementIdOrderByNominatedAtAsc(placementId).stream()
                .anyMatch(n -> n.getAdministrationId() == administration
                        && n.getStatus() == org.jumelage.exchange.NominationStatus.NOMINATED
                        && guestName != null
                        && n.getGuestName().equalsIgnoreCase(guestName.strip()));
        if (pending) {
            throw new RuleViolation("nomination.error.exists");
        }
        Nomination saved = nominations.save(new Nomination(
                placementId,
                access.coordinatorAdministration().orElseThrow(),
                guestName,
                email,
                position,
                languages,
                motivation,
                JumelageUser.currentUsername(),
                clock.instant()));
        events.publishEvent(new NominationChanged(saved.getId(), saved.getStatus()));
        return saved;
    }

    /** The possible mentors for a hosting offer: staff of the host unit and the units below it. */
    @Transactional(readOnly = true)
    public List<StaffMember> mentors(Placement placement) {
        return staff.staffOfUnits(organisation.subtree(placement.getHostUnitId()));
    }

    /** Accepts the guest with a mentor from the host unit: the stay is planned for the offer's period. */
    public Stay accept(long id, long version, long mentorId) {
        Nomination nomination = decidable(id, version);
        Placement placement = placements.view(nomination.getPlacementId());
        StaffMember mentor = mentors(placement).stream()
                .filter(m -> m.accountId() == mentorId)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("nomination.error.mentor"));
        placements.lockForBooking(placement.getId());
        nomination.accept(mentorId, JumelageUser.currentUsername(), clock.instant());
        nominations.saveAndFlush(nomination);
        events.publishEvent(new NominationChanged(nomination.getId(), nomination.getStatus()));
        Stay stay = stays.save(Stay.incoming(nomination, placement, mentor.displayName(), clock.instant()));
        budgets.follow(stay);
        return stay;
    }

    public void decline(long id, long version, String reason) {
        Nomination nomination = decidable(id, version);
        nomination.decline(reason, JumelageUser.currentUsername(), clock.instant());
        events.publishEvent(new NominationChanged(id, nomination.getStatus()));
    }

    /** The coordinator takes back their own nomination while it is undecided. */
    public void withdraw(long id, long version) {
        Nomination nomination = view(id);
        if (!access.isCoordinator()) {
            throw new AccessDeniedException("the nominating coordinator withdraws");
        }
        checkVersion(nomination, version);
        nomination.withdraw(JumelageUser.currentUsername(), clock.instant());
        events.publishEvent(new NominationChanged(id, nomination.getStatus()));
    }

    private Nomination decidable(long id, long version) {
        Nomination nomination = view(id);
        Placement placement = placements.view(nomination.getPlacementId());
        if (!mayDecideFor(placement)) {
            throw new AccessDeniedException("may not decide on nomination " + id);
        }
        checkVersion(nomination, version);
        return nomination;
    }

    private static void checkVersion(Nomination nomination, long version) {
        if (nomination.getVersion() != version) {
            throw new EditConflict("nomination " + nomination.getId(), version, nomination.getVersion());
        }
    }
}
