package org.jumelage.exchange.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementRepository extends JpaRepository<Placement, Long> {

    List<Placement> findByCallIdOrderByTopicDeAsc(long callId);

    List<Placement> findAllByOrderByPeriodFromAscTopicDeAsc();
}
