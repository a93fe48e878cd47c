package org.jumelage.exchange.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByNumber(String number);

    Optional<Certificate> findByStayId(long stayId);

    /** The certificates issued under one of these names. */
    java.util.List<Certificate> findByIssuedByInOrderByIssuedAtAsc(java.util.Collection<String> names);

    /** An erasure on request: who issued these certificates becomes {@code none}. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @org.springframework.data.jpa.repository.Query("update Certificate c set c.issuedBy = :none where c.id in :ids")
    int eraseIssuer(java.util.Collection<Long> ids, String none);

    /** The certificates issued to the holder's account, with or without their stay. */
    java.util.List<Certificate> findByHolderIdOrderByIssuedAtAsc(Long holderId);
}
