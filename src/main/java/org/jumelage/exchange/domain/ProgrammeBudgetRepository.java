package org.jumelage.exchange.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeBudgetRepository extends JpaRepository<ProgrammeBudget, Long> {

    Optional<ProgrammeBudget> findByProgrammeIdAndYear(long programmeId, int year);

    List<ProgrammeBudget> findByYear(int year);
}
