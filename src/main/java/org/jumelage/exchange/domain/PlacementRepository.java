package org.jumelage.exchange.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlacementRepository
        extends JpaRepository<Placement, Long>,
                org.springframework.data.jpa.repository.JpaSpecificationExecutor<Placement> {

    /** The staff exchange's change counter (see {@link org.jumelage.shared.ChangeCounter}): one row to read. */
    @Query(value = "select changes from change_counter where topic = 'exchange'", nativeQuery = true)
    long findChangeCount();

    List<Placement> findByCallIdOrderByTopicDeAsc(long callId);

    List<Placement> findAllByOrderByPeriodFromAscTopicDeAsc();

    /** Locks the placement's row (select … for update on H2 and PostgreSQL) until the transaction ends. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select p from Placement p where p.id = :id")
    java.util.Optional<Placement> lockById(long id);

    @org.springframework.data.jpa.repository.Query("select e.id from Placement e where e.id > ?1 order by e.id")
    java.util.List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);

    /** The placements a user name (in lower case) recorded. */
    @org.springframework.data.jpa.repository.Query(
            "select p from Placement p where lower(p.createdBy) = :username order by p.periodFrom, p.id")
    List<Placement> findCreatedBy(String username);

    /** The placements whose mentor has one of these names. */
    List<Placement> findByMentorInOrderByPeriodFromAsc(java.util.Collection<String> names);

    /** An erasure on request: who recorded these placements becomes {@code none}. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @org.springframework.data.jpa.repository.Query(
            "update Placement p set p.createdBy = :none, p.version = p.version + 1 where p.id in :ids")
    int eraseCreator(java.util.Collection<Long> ids, String none);
}
