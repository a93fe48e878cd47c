package org.jumelage.exchange.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.StayStatus;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places that free up after an allocation is published (a stay cancelled, an offer declined or left unanswered) go to
 * the placement's next alternate, who has {@code jumelage.exchange.offer-days} days to accept. Accepting places a
 * shortlisted applicant, or moves a placed one's stay not yet begun, whose old place then goes to its own next
 * alternate in turn.
 */
@Service
@Transactional
public class AllocationOffers {

    private static final Logger log = LoggerFactory.getLogger(AllocationOffers.class);

    private final AllocationRepository allocations;
    private final AllocationEntryRepository entries;
    private final OfferRepository offers;
    private final ApplicationRepository applications;
    private final ApplicationService applicationService;
    private final PlacementService placements;
    private final PlacementRepository placementRepository;
    private final StayRepository stays;
    private final CallService calls;
    private final ExchangeAccess access;
    private final Clock clock;
    private final Duration answerWithin;
    private final AgreementRepository agreements;
    private final AgreementVersionRepository agreementVersions;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final StayBudgets budgets;

    private final org.jumelage.shared.JobLocks jobs;

    AllocationOffers(
            org.jumelage.shared.JobLocks jobs,
            AllocationRepository allocations,
            AllocationEntryRepository entries,
            OfferRepository offers,
            ApplicationRepository applications,
            ApplicationService applicationService,
            PlacementService placements,
            PlacementRepository placementRepository,
            StayRepository stays,
            CallService calls,
            ExchangeAccess access,
            Clock clock,
            ExchangeProperties settings,
            org.springframework.context.ApplicationEventPublisher events,
            AgreementRepository agreements,
            AgreementVersionRepository agreementVersions,
            StayBudgets budgets) {
        this.jobs = jobs;
        this.budgets = budgets;
        this.events = events;
        this.agreements = agreements;
        this.agreementVersions = agreementVersions;
        this.allocations = allocations;
        this.entries = entries;
        this.offers = offers;
        this.applications = applications;
        this.applicationService = applicationService;
        this.placements = placements;
        this.placementRepository = placementRepository;
        this.stays = stays;
        this.calls = calls;
        this.access = access;
        this.clock = clock;
        this.answerWithin = Duration.ofDays(settings.offerDays());
    }

    /**
     * A place of the placement freed up: offered to its next alternate if the call's allocation is published and the
     * placement has a place left that no open offer holds. Returns the offer made, if any.
     */
    public Optional<Offer> placeFreed(long callId, long placementId) {
        Optional<Allocation> allocation = allocations.findByCallId(callId).filter(Allocation::isPublished);
        if (allocation.isEmpty()) {
            return Optional.empty();
        }
        // Locked, so that two places freeing up at once (or the expiry run beside a cancellation) make one offer each.
        Placement placement = placementRepository.lockById(placementId).orElseThrow();
        long held = offers.countByPlacementIdAndStatus(placementId, Offer.Status.OPEN);
        if (placements.placesLeft(placement) - held < 1) {
            return Optional.empty();
        }
        List<AllocationEntry> next =
                entries.alternates(allocation.get().getId(), placementId, today(), PageRequest.of(0, 1));
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Offer offer = offers.saveAndFlush(new Offer(
                allocation.get().getId(),
                placementId,
                next.getFirst().getApplicationId(),
                clock.instant(),
                clock.instant().plus(answerWithin)));
        log.info("Offered a freed place of placement {} to application {}", placementId, offer.getApplicationId());
        events.publishEvent(new PlaceOffered(offer.getId()));
        return Optional.of(offer);
    }

    /** The offers made to the application, newest first (its page shows them to the applicant and the office). */
    @Transactional(readOnly = true)
    public List<Offer> ofApplication(long applicationId) {
        applicationService.view(applicationId);
        return offers.findByApplicationIdOrderByOfferedAtDesc(applicationId);
    }

    /** The applicant accepts or declines an open offer before its deadline. */
    public void answer(long applicationId, long offerId, long version, boolean accept) {
        Application application = applicationService.view(applicationId);
        if (!applicationService.isApplicant(application)) {
            throw new NotFound("application", applicationId);
        }
        Offer offer = offers.findByIdAndApplicationId(offerId, applicationId)
                .orElseThrow(() -> new NotFound("offer", offerId));
        if (offer.getVersion() != version) {
            throw new org.jumelage.shared.EditConflict("offer " + offerId, version, offer.getVersion());
        }
        offer.answer(accept, clock.instant());
        offers.flush();
        if (!accept) {
            placeFreed(application.getCallId(), offer.getPlacementId());
            return;
        }
        Placement placement = placements.lockForBooking(offer.getPlacementId());
        Call call = calls.get(application.getCallId());
        LocalDate start = Eligibility.stayStart(application, placement, call, today().plusDays(1))
                .orElseThrow(() -> new RuleViolation("offer.error.closed"));
        long host = access.administrationOf(placement.getHostUnitId()).orElseThrow();
        AllocationEntry entry = entries.findByAllocationIdAndApplicationId(offer.getAllocationId(), applicationId)
                .orElseThrow();
        Optional<Stay> current = stays.findByApplicationId(applicationId);
        if (current.isPresent()) {
            if (!current.get().getStartsOn().isAfter(today())) {
                throw new RuleViolation("offer.error.stayBegun");
            }
            long left = current.get().getPlacementId();
            current.get().relocate(placement, host, start, Eligibility.stayEnd(start, placement), clock.instant());
            stays.flush();
            budgets.follow(current.get());
            renewAgreement(current.get());
            entry.accepted(placement.getId());
            entries.flush();
            placeFreed(application.getCallId(), left);
        } else {
            budgets.follow(stays.save(Stay.outgoing(
                    application, placement, host, start, Eligibility.stayEnd(start, placement), clock.instant())));
            entry.accepted(placement.getId());
            applicationService.move(application, ApplicationStatus.SHORTLISTED, ApplicationStatus.PLACED, null);
        }
    }

    /** Offers whose deadline passed unanswered expire; each place goes to the next alternate. Every quarter hour. */
    @Scheduled(
            fixedDelayString = "${jumelage.exchange.offer-check}",
            initialDelayString = "${jumelage.exchange.offer-check}")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int expireDue() {
        return jobs.onceInTransaction("exchange-expire-offers", java.time.Duration.ofMinutes(30), () -> {
                    List<Offer> due = offers.findByStatusAndAnswerByBefore(Offer.Status.OPEN, clock.instant());
                    for (Offer offer : due) {
                        offer.expire(clock.instant());
                        offers.flush();
                        Allocation allocation =
                                allocations.findById(offer.getAllocationId()).orElseThrow();
                        placeFreed(allocation.getCallId(), offer.getPlacementId());
                    }
                    return due.size();
                })
                .orElse(0);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Berlin")));
    }

    /**
     * A stay that moved to another host keeps its agreement's versions, but what was approved was for the old host and
     * dates: a new version with the new dates, and no approvals, has to be approved by all three parties again.
     */
    private void renewAgreement(Stay moved) {
        agreements.findForChange(moved.getId()).ifPresent(agreement -> {
            AgreementVersion current = agreementVersions
                    .findByAgreementIdAndNumber(agreement.getId(), agreement.getCurrentNumber())
                    .orElseThrow();
            AgreementTerms old = current.terms();
            agreement.newVersion(clock.instant());
            agreementVersions.save(new AgreementVersion(
                    agreement.getId(),
                    agreement.getCurrentNumber(),
                    new AgreementTerms(
                            moved.getStartsOn(),
                            moved.getEndsOn(),
                            old.workingLanguage(),
                            old.objectives(),
                            old.addedValue(),
                            old.activities(),
                            old.outcomes(),
                            old.participantCommitments(),
                            old.sendingCommitments(),
                            old.receivingCommitments()),
                    access.user().displayName(),
                    clock.instant()));
            agreements.saveAndFlush(agreement);
        });
    }

    /** Whether a stay's cancellation frees a place to offer: an outgoing stay of a call with a published allocation. */
    void stayCancelled(Stay stay) {
        if (!stay.isIncoming() && stay.getStatus() == StayStatus.CANCELLED) {
            placeFreed(stay.getCallId(), stay.getPlacementId());
        }
    }
}
