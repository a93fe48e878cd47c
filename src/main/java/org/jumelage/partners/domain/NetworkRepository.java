package org.jumelage.partners.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRepository extends JpaRepository<Network, Long> {

    List<Network> findAllByOrderByNameAsc();

    @org.springframework.data.jpa.repository.Query("select e.id from Network e where e.id > ?1 order by e.id")
    List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);
}
