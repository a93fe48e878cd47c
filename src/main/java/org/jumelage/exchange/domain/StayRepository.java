package org.jumelage.exchange.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jumelage.exchange.StayStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StayRepository extends JpaRepository<Stay, Long> {

    long countByPlacementIdAndStatusNot(long placementId, StayStatus status);

    /** Pairs of placement id and its number of stays not in the status, for the placements given. */
    @Query("select s.placementId, count(s) from Stay s where s.placementId in :placementIds and s.status <> :status"
            + " group by s.placementId")
    List<Object[]> countByPlacementIdInAndStatusNot(Collection<Long> placementIds, StayStatus status);

    List<Stay> findAllByOrderByStartsOnAsc();

    List<Stay> findByCallId(long callId);

    /**
     * The outgoing stays at an administration that count against its quota of a year: those whose placement's period
     * begins in the year (the allocation's one key for a quota), not in the status.
     */
    @Query("select count(s) from Stay s, Placement p where p.id = s.placementId and s.incoming = false"
            + " and s.administrationId = :administrationId and s.status <> :status"
            + " and p.periodFrom between :from and :to")
    long countChargedToQuota(
            long administrationId, java.time.LocalDate from, java.time.LocalDate to, StayStatus status);

    Optional<Stay> findByApplicationId(long applicationId);

    Optional<Stay> findByNominationId(long nominationId);

    @org.springframework.data.jpa.repository.Query("select e.id from Stay e where e.id > ?1 order by e.id")
    java.util.List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);

    /**
     * People with a stay that was not cancelled, of calls that still hold their personal data, counted by direction,
     * year of the stay, Berlin unit and partner administration: the reports' figures without loading a stay.
     */
    @Query("select s.incoming, year(s.startsOn), s.berlinUnitId, s.administrationId, count(s) from Stay s, Call c"
            + " where c.id = s.callId and c.personalDataErasedAt is null and s.status <> :cancelled"
            + " group by s.incoming, year(s.startsOn), s.berlinUnitId, s.administrationId")
    List<Object[]> countWent(StayStatus cancelled);

    /** The stays whose mentor has one of these names. */
    List<Stay> findByMentorInOrderByStartsOnAsc(Collection<String> names);
}
