package org.jumelage.exchange.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByNumber(String number);

    Optional<Certificate> findByStayId(long stayId);
}
