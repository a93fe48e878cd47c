package org.jumelage.exchange.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferRepository extends JpaRepository<Offer, Long> {

    List<Offer> findByStatusAndAnswerByBefore(Offer.Status status, Instant now);

    List<Offer> findByApplicationIdOrderByOfferedAtDesc(long applicationId);

    long countByPlacementIdAndStatus(long placementId, Offer.Status status);

    List<Offer> findByAllocationIdOrderByOfferedAtDesc(long allocationId);

    Optional<Offer> findByIdAndApplicationId(long id, long applicationId);
}
