package org.jumelage.exchange.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<TrainingAgreement, Long> {

    Optional<TrainingAgreement> findByStayId(long stayId);

    /**
     * The stay's agreement, whose version goes up with the transaction even where only one of its versions changes
     * (an approval): whoever loaded it before then gets a conflict.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @org.springframework.data.jpa.repository.Query("select a from TrainingAgreement a where a.stayId = :stayId")
    Optional<TrainingAgreement> findForChange(long stayId);
}
