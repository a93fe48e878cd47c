package org.jumelage.reporting.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedReportRepository extends JpaRepository<SavedReport, Long> {

    Page<SavedReport> findAllByOrderByNameAsc(Pageable page);

    boolean existsByNameKey(String nameKey);

    /** The reports this person saved (their user name, any case), the oldest first. */
    @org.springframework.data.jpa.repository.Query(
            "select r from SavedReport r where lower(r.createdBy) = :usernameKey order by r.createdAt, r.id")
    java.util.List<SavedReport> findMadeBy(String usernameKey);
}
