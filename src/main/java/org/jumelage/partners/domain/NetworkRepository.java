package org.jumelage.partners.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRepository extends JpaRepository<Network, Long> {

    List<Network> findAllByOrderByNameAsc();
}
