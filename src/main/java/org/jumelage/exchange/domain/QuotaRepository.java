package org.jumelage.exchange.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuotaRepository extends JpaRepository<Quota, Long> {

    Page<Quota> findAllByOrderByYearDescAdministrationIdAscIdAsc(Pageable page);

    Optional<Quota> findByAdministrationIdAndYear(long administrationId, int year);

    List<Quota> findByYearIn(Collection<Integer> years);
}
