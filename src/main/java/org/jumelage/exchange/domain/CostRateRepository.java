package org.jumelage.exchange.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CostRateRepository extends JpaRepository<CostRate, Long> {

    Optional<CostRate> findByCountryCodeAndYear(String countryCode, int year);

    Page<CostRate> findAllByOrderByYearDescCountryCodeAscIdAsc(Pageable page);
}
