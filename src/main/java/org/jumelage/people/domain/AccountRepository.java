package org.jumelage.people.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameKey(String usernameKey);

    default Optional<Account> findByUsernameIgnoreCase(String username) {
        return username == null ? Optional.empty() : findByUsernameKey(Account.key(username));
    }

    boolean existsByUsernameIgnoreCase(String username);

    Optional<Account> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject);

    List<Account> findAllByOrderByUsernameAsc();

    /** Accounts whose user name, name or e-mail address contains the pattern's text, by user name. */
    String MATCHING = " from Account a where a.usernameKey like :pattern escape '\\'"
            + " or lower(a.displayName) like :pattern escape '\\' or lower(a.email) like :pattern escape '\\'";

    @Query(value = "select a" + MATCHING + " order by a.username", countQuery = "select count(a)" + MATCHING)
    org.springframework.data.domain.Page<Account> findMatching(
            String pattern, org.springframework.data.domain.Pageable page);

    List<Account> findByRoleAndEnabledTrue(org.jumelage.people.Role role);

    /**
     * The enabled administrators, their rows locked until the transaction ends (in the order of their ids, so that two
     * transactions cannot lock them crosswise). A change that could leave none (disabling, demoting or erasing one) counts
     * them with this: two administrators removing each other at the same moment take turns, and the second finds the
     * first's change (ADR 0037).
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.role = org.jumelage.people.Role.ADMIN and a.enabled = true order by a.id")
    List<Account> lockEnabledAdministrators();

    /** Enabled accounts matching like {@link #MATCHING}, by name (a staff picker's choices). */
    String ENABLED_MATCHING =
            "select a from Account a where a.enabled = true and (a.usernameKey like :pattern escape '\\'"
                    + " or lower(a.displayName) like :pattern escape '\\' or lower(a.email) like :pattern escape '\\')";

    @Query(ENABLED_MATCHING + " order by a.displayName, a.id")
    List<Account> findEnabledMatching(String pattern, org.springframework.data.domain.Pageable page);

    @Query(ENABLED_MATCHING + " and a.role not in :without and a.unitId in :units order by a.displayName, a.id")
    List<Account> findEnabledMatchingInUnits(
            String pattern,
            java.util.Collection<org.jumelage.people.Role> without,
            java.util.Collection<Long> units,
            org.springframework.data.domain.Pageable page);

    @Query(ENABLED_MATCHING + " and a.role not in :without order by a.displayName, a.id")
    List<Account> findEnabledMatchingWithout(
            String pattern,
            java.util.Collection<org.jumelage.people.Role> without,
            org.springframework.data.domain.Pageable page);

    List<Account> findByEnabledTrueAndUnitIdInOrderByDisplayNameAsc(java.util.Collection<Long> unitIds);

    /** The accounts with this e-mail address (any case): a person asking by address alone (ADR 0037). */
    @Query("select a from Account a where lower(a.email) = :emailKey order by a.id")
    List<Account> findByEmailKey(String emailKey);

    /** Accounts disabled before the given time and not yet erased: for the retention rule. */
    List<Account> findByEnabledFalseAndErasedAtIsNullAndDisabledAtBeforeOrderById(java.time.Instant before);

    /** Whether an erased account had this user name (its key's digest, V50). */
    boolean existsByErasedUsernameDigest(String digest);

    /** Whether an erased account was linked to this identity of the provider (its digest, V50). */
    boolean existsByErasedIdentityDigest(String digest);
}
