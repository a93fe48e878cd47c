package org.jumelage.exchange.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByStayIdOrderByNotedAtAsc(long stayId);

    List<FollowUp> findByProgrammeIdAndYearOrderByNotedAtAsc(long programmeId, int year);

    boolean existsByStayIdAndActivityId(long stayId, long activityId);

    /** The follow-ups noted under one of these names. */
    List<FollowUp> findByNotedByInOrderByNotedAtAsc(java.util.Collection<String> names);

    /** An erasure on request: who noted these follow-ups becomes {@code none}. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @org.springframework.data.jpa.repository.Query("update FollowUp f set f.notedBy = :none where f.id in :ids")
    int eraseNoter(java.util.Collection<Long> ids, String none);
}
