package org.jumelage.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as every module sees it: account, role and unit. Carries the password hash only until
 * authentication has finished.
 */
public final class JumelageUser implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long unitId;
    private final boolean enabled;
    private final Instant credentialsChangedAt;
    private final boolean mustChangePassword;
    private String passwordHash;

    public JumelageUser(
            long accountId,
            String username,
            String displayName,
            Role role,
            Long unitId,
            boolean enabled,
            Instant credentialsChangedAt,
            boolean mustChangePassword,
            String passwordHash) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.unitId = unitId;
        this.enabled = enabled;
        this.credentialsChangedAt = credentialsChangedAt;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    /** The user of the current request, if someone is signed in. */
    public static Optional<JumelageUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof JumelageUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The user name of the current request, or {@code system} for work done outside a request. */
    public static String currentUsername() {
        return current().map(JumelageUser::getUsername).orElse("system");
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Optional<Long> unitId() {
        return Optional.ofNullable(unitId);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** When the password last changed (empty before that was recorded): older sessions have ended. */
    public Optional<Instant> credentialsChangedAt() {
        return Optional.ofNullable(credentialsChangedAt);
    }

    public boolean hasRole(Role wanted) {
        return role == wanted;
    }

    /** A copy after the password was changed: the flag is cleared, the rest stays. */
    public JumelageUser withPasswordChanged() {
        return new JumelageUser(
                accountId, username, displayName, role, unitId, enabled, credentialsChangedAt, false, null);
    }

    /**
     * Whether this user may edit a record held by the given units: admins may edit everything, editors what one of
     * their unit's sub-tree holds, viewers nothing.
     */
    public boolean mayEdit(Set<Long> responsibleUnits, Organisation organisation) {
        return switch (role) {
            case ADMIN -> true;
            case VIEWER, STAFF, HR, PARTNER_COORDINATOR -> false;
            case EDITOR ->
                unitId != null && organisation.subtree(unitId).stream().anyMatch(responsibleUnits::contains);
        };
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JumelageUser that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "JumelageUser[" + username + ", " + role + "]";
    }
}
