package org.jumelage.people.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    boolean existsByFormId(String formId);

    /** The tokens in use first, then the revoked ones; the newest first within each. */
    @Query(
            value = "select t from AccessToken t order by case when t.revokedAt is null then 0 else 1 end,"
                    + " t.createdAt desc, t.id desc",
            countQuery = "select count(t) from AccessToken t")
    Page<AccessToken> findForList(Pageable page);

    /**
     * Records a use unless one was recorded since {@code before}: a plain update that leaves the version alone, so
     * that a client's requests never make an administrator's revocation a conflict.
     */
    @Modifying
    @Query("update AccessToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int recordUse(long id, Instant now, Instant before);

    /** An account's tokens, the oldest first. */
    java.util.List<AccessToken> findByAccountIdOrderByCreatedAtAscIdAsc(long accountId);

    /** Tokens of other accounts that the person with this user name (lower case) made or revoked, the oldest first. */
    @Query("select t from AccessToken t where t.accountId <> :accountId"
            + " and (lower(t.createdBy) = :usernameKey or lower(t.revokedBy) = :usernameKey)"
            + " order by t.createdAt, t.id")
    java.util.List<AccessToken> findAdministeredBy(String usernameKey, long accountId);

    /** Revoked tokens, and tokens past their end date, that ended before the given time: for the retention rule. */
    @Modifying
    @Query("delete from AccessToken t where (t.revokedAt is not null and t.revokedAt < :before)"
            + " or (t.expiresOn is not null and t.expiresOn < :beforeDay)")
    int deleteEndedBefore(Instant before, java.time.LocalDate beforeDay);
}
