package org.jumelage.activities.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarTokenRepository extends JpaRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByTokenHash(String tokenHash);

    List<CalendarToken> findByAccountIdAndRevokedAtIsNull(long accountId);
}
