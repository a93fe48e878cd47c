package org.jumelage.people.domain;

import java.util.List;
import java.util.Optional;
import org.jumelage.people.Role;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameKey(String usernameKey);

    default Optional<Account> findByUsernameIgnoreCase(String username) {
        return username == null ? Optional.empty() : findByUsernameKey(Account.key(username));
    }

    boolean existsByUsernameIgnoreCase(String username);

    List<Account> findAllByOrderByUsernameAsc();

    List<Account> findByRoleAndEnabledTrue(org.jumelage.people.Role role);

    long countByRoleAndEnabledTrue(Role role);
}
