package org.jumelage.exchange.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByStayIdOrderByNotedAtAsc(long stayId);

    List<FollowUp> findByProgrammeIdAndYearOrderByNotedAtAsc(long programmeId, int year);

    boolean existsByStayIdAndActivityId(long stayId, long activityId);
}
