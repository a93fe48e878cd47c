package org.jumelage.exchange.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementVersionRepository extends JpaRepository<AgreementVersion, Long> {

    Optional<AgreementVersion> findByAgreementIdAndNumber(long agreementId, int number);

    List<AgreementVersion> findByAgreementIdOrderByNumberDesc(long agreementId);

    /**
     * The versions written or approved under one of these names, with their stay: stay id, version; oldest first.
     */
    @org.springframework.data.jpa.repository.Query("select a.stayId, v from AgreementVersion v, TrainingAgreement a"
            + " where a.id = v.agreementId and (v.writtenBy in :names or v.participantBy in :names"
            + " or v.sendingBy in :names or v.receivingBy in :names) order by v.writtenAt, v.id")
    List<Object[]> findByActor(java.util.Collection<String> names);
}
