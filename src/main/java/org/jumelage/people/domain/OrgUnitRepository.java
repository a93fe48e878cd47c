package org.jumelage.people.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    boolean existsByCode(String code);

    List<OrgUnit> findAllByOrderByIdAsc();

    /** Changes with every change to any unit: additions and removals move the count, edits the versions. */
    @org.springframework.data.jpa.repository.Query(
            "select concat(str(count(u)), ':', str(coalesce(sum(u.version), 0)), ':', str(coalesce(max(u.id), 0)))"
                    + " from OrgUnit u")
    String findStamp();
}
