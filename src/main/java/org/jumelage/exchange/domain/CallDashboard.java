package org.jumelage.exchange.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.NominationStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's view of one call's pipeline: applications per status, places, and who is waited for how long. */
@Service
@Transactional(readOnly = true)
public class CallDashboard {

    /** A placement with its places taken by stays (not cancelled) and left. */
    public record PlaceRow(Placement placement, int taken, int left) {}

    /** An application waiting for an approver, with how long it has waited. */
    public record Pending(Application application, ApplicationService.Step step, Instant since, long days) {}

    /**
     * A call's pipeline: counts by status, its placements with their places, and a page ({@link #PENDING_PAGE}) of the
     * applications waiting for a decision, longest waiting first.
     */
    public record Pipeline(
            Call call,
            Map<ApplicationStatus, Long> applications,
            Map<NominationStatus, Long> nominations,
            List<PlaceRow> places,
            org.springframework.data.domain.Page<Pending> pending,
            int placesLeft) {}

    /** How many waiting applications the dashboard shows at a time. */
    public static final int PENDING_PAGE = 20;

    private static final List<ApplicationStatus> WAITING = ApprovalReminders.AWAITING;

    private final CallService calls;
    private final ApplicationRepository applications;
    private final PlacementRepository placements;
    private final PlacementService placementService;
    private final NominationRepository nominations;
    private final ExchangeAccess access;
    private final Clock clock;

    CallDashboard(
            CallService calls,
            ApplicationRepository applications,
            PlacementRepository placements,
            PlacementService placementService,
            NominationRepository nominations,
            ExchangeAccess access,
            Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.placements = placements;
        this.placementService = placementService;
        this.nominations = nominations;
        this.access = access;
        this.clock = clock;
    }

    public Pipeline of(long callId, int pendingPage) {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("the office's dashboard");
        }
        Call call = calls.get(callId);
        Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            byStatus.put(status, 0L);
        }
        Instant now = clock.instant();
        for (Object[] row : applications.countByStatus(callId)) {
            byStatus.put((ApplicationStatus) row[0], ((Number) row[1]).longValue());
        }
        org.springframework.data.domain.PageRequest pendingRequest =
                org.springframework.data.domain.PageRequest.of(Math.max(0, pendingPage), PENDING_PAGE);
        List<Pending> pending =
                applications.findByCallIdAndStatusInOrderByStatusSinceAsc(callId, WAITING, pendingRequest).stream()
                        .map(a -> new Pending(
                                a,
                                ApplicationService.Step.of(a.getStatus()).orElseThrow(),
                                a.getStatusSince(),
                                Duration.between(a.getStatusSince(), now).toDays()))
                        .toList();
        List<Placement> callPlacements = placements.findByCallIdOrderByTopicDeAsc(callId);
        Map<Long, Integer> leftOf = placementService.placesLeft(callPlacements);
        List<PlaceRow> places = callPlacements.stream()
                .map(p -> {
                    int left = leftOf.get(p.getId());
                    return new PlaceRow(p, p.getPlaces() - left, left);
                })
                .toList();
        Map<NominationStatus, Long> byNomination = new EnumMap<>(NominationStatus.class);
        for (NominationStatus status : NominationStatus.values()) {
            byNomination.put(status, 0L);
        }
        nominations
                .ofPlacements(callPlacements.stream().map(Placement::getId).toList())
                .forEach(n -> byNomination.merge(n.getStatus(), 1L, Long::sum));
        return new Pipeline(
                call,
                byStatus,
                byNomination,
                places,
                new org.springframework.data.domain.PageImpl<>(
                        pending,
                        pendingRequest,
                        WAITING.stream().mapToLong(byStatus::get).sum()),
                places.stream().mapToInt(PlaceRow::left).sum());
    }
}
