package org.jumelage.people.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    boolean existsByCode(String code);

    List<OrgUnit> findAllByOrderByIdAsc();
}
