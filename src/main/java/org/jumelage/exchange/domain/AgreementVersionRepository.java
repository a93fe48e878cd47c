package org.jumelage.exchange.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementVersionRepository extends JpaRepository<AgreementVersion, Long> {

    Optional<AgreementVersion> findByAgreementIdAndNumber(long agreementId, int number);

    List<AgreementVersion> findByAgreementIdOrderByNumberDesc(long agreementId);
}
