package org.jumelage.exchange.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CallRepository extends JpaRepository<Call, Long> {

    List<Call> findAllByOrderByClosesAtDesc();

    @Query("select new org.jumelage.exchange.domain.CallTitle(c.id, c.programmeId, c.titleDe, c.titleEn,"
            + " c.personalDataErasedAt is not null) from Call c order by c.closesAt desc, c.id desc")
    List<CallTitle> findTitles();

    org.springframework.data.domain.Page<Call> findByProgrammeIdInOrderByClosesAtDescIdDesc(
            java.util.Collection<Long> programmeIds, org.springframework.data.domain.Pageable page);

    @Query("select c from Call c where c.opensAt <= :now and c.closesAt > :now order by c.closesAt")
    List<Call> findOpen(Instant now);

    @Query("select max(c.updatedAt) from Call c")
    Instant findLastChange();

    @Query("select concat(str(count(c)), ':', str(coalesce(sum(c.version), 0))) from Call c")
    String findChangeStamp();

    /** The last moment a call opened or closed, up to now: the public list of open calls changes then. */
    @Query("select max(case when c.closesAt <= :now then c.closesAt else c.opensAt end) from Call c"
            + " where c.opensAt <= :now")
    Instant findLastWindowChange(Instant now);

    @org.springframework.data.jpa.repository.Query("select e.id from Call e where e.id > ?1 order by e.id")
    java.util.List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);
}
