package org.jumelage.exchange.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationQuestionRepository extends JpaRepository<EvaluationQuestion, Long> {

    List<EvaluationQuestion> findByProgrammeIdOrderByPartyAscPositionAscIdAsc(long programmeId);

    List<EvaluationQuestion> findByProgrammeIdAndPartyAndRetiredFalseOrderByPositionAscIdAsc(
            long programmeId, EvaluationQuestion.Party party);

    @Query("select coalesce(max(q.position), 0) from EvaluationQuestion q where q.programmeId = ?1 and q.party = ?2")
    int lastPosition(long programmeId, EvaluationQuestion.Party party);
}
