package org.jumelage.partners.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CityRepository extends JpaRepository<City, Long> {

    Optional<City> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<City> findAllByOrderByNameDeAsc();
}
