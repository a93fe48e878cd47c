package org.jumelage.reporting.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedReportRepository extends JpaRepository<SavedReport, Long> {

    Page<SavedReport> findAllByOrderByNameAsc(Pageable page);

    boolean existsByNameKey(String nameKey);
}
