package org.jumelage.exchange.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    Optional<Programme> findByCode(String code);

    boolean existsByCode(String code);

    @org.springframework.data.jpa.repository.Query("select max(p.updatedAt) from Programme p")
    java.time.Instant findLastChange();

    @org.springframework.data.jpa.repository.Query(
            "select concat(str(count(p)), ':', str(coalesce(sum(p.version), 0))) from Programme p")
    String findChangeStamp();

    @org.springframework.data.jpa.repository.Query("select e.id from Programme e where e.id > ?1 order by e.id")
    java.util.List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);
}
