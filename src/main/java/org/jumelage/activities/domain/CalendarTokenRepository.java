package org.jumelage.activities.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarTokenRepository extends JpaRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByTokenHash(String tokenHash);

    List<CalendarToken> findByAccountIdAndRevokedAtIsNull(long accountId);

    /** Every token of an account, revoked or not, oldest first (ADR 0037). */
    List<CalendarToken> findByAccountIdOrderByCreatedAtAscIdAsc(long accountId);

    /** Retention (ADR 0037): tokens revoked before the instant. */
    List<CalendarToken> findByRevokedAtBefore(Instant before);

    /** Retention (ADR 0037): every account that has a token. */
    @Query("select distinct t.accountId from CalendarToken t")
    List<Long> findAccountIds();
}
