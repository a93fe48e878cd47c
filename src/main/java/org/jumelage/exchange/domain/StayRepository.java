package org.jumelage.exchange.domain;

import java.util.List;
import java.util.Optional;
import org.jumelage.exchange.StayStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface StayRepository extends JpaRepository<Stay, Long> {

    long countByPlacementIdAndStatusNot(long placementId, StayStatus status);

    List<Stay> findAllByOrderByStartsOnAsc();

    List<Stay> findByCallId(long callId);

    Optional<Stay> findByApplicationId(long applicationId);

    Optional<Stay> findByNominationId(long nominationId);
}
