package org.jumelage.exchange.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NominationRepository extends JpaRepository<Nomination, Long> {

    List<Nomination> findAllByOrderByNominatedAtDesc();

    List<Nomination> findByPlacementIdOrderByNominatedAtAsc(long placementId);

    List<Nomination> findByPlacementIdIn(java.util.Collection<Long> placementIds);

    /** The nominations for any of the placements; none for none. */
    default List<Nomination> ofPlacements(java.util.Collection<Long> placementIds) {
        return placementIds.isEmpty() ? List.of() : findByPlacementIdIn(placementIds);
    }

    @org.springframework.data.jpa.repository.Query("select e.id from Nomination e where e.id > ?1 order by e.id")
    java.util.List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);

    /** The nominations of a guest with this e-mail address (compared in lower case), oldest first. */
    @org.springframework.data.jpa.repository.Query(
            "select n from Nomination n where lower(n.guestEmail) = :emailKey order by n.nominatedAt, n.id")
    List<Nomination> findByEmailKey(String emailKey);

    /** The nominations accepted with the person as the guest's mentor. */
    List<Nomination> findByMentorIdOrderByNominatedAtAsc(Long mentorId);

    /** The nominations a user name (in lower case) made or decided. */
    @org.springframework.data.jpa.repository.Query("select n from Nomination n where lower(n.nominatedBy) = :username"
            + " or lower(n.decidedBy) = :username order by n.nominatedAt, n.id")
    List<Nomination> findHandledBy(String username);
}
