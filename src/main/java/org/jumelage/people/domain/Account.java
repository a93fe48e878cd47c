package org.jumelage.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;

@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    /** The name in lower case: how accounts are found (V20). */
    @jakarta.persistence.Column(name = "username_key")
    private String usernameKey;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @org.jumelage.shared.Audited.Secret(action = "PASSWORD_CHANGED")
    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "unit_id")
    private Long unitId;

    private boolean enabled;

    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The identity provider and the person's identifier there, for an account of single sign-on (V42). */
    @Column(name = "oidc_issuer")
    private String oidcIssuer;

    @Column(name = "oidc_subject")
    private String oidcSubject;

    @Version
    private long version;

    protected Account() {}

    static String key(String username) {
        return username.toLowerCase(java.util.Locale.ROOT);
    }

    Account(
            String username,
            String displayName,
            String email,
            Role role,
            Long unitId,
            String passwordHash,
            boolean mustChangePassword,
            Instant now) {
        this.username = username;
        this.usernameKey = key(username);
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.unitId = unitId;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.enabled = true;
        this.createdAt = now;
    }

    void update(String displayName, String email, Role role, Long unitId) {
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.unitId = unitId;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /**
     * An administrator set a new password: the person must choose their own at the next login, and every session
     * signed in with the old one ends.
     */
    void resetPassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.credentialsChangedAt = now;
    }

    /** The person chose a new password: their other sessions end (the one they changed it in carries on). */
    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.credentialsChangedAt = now;
    }

    JumelageUser toUser() {
        return new JumelageUser(
                id,
                username,
                displayName,
                role,
                unitId,
                enabled,
                credentialsChangedAt,
                mustChangePassword,
                passwordHash);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public Long getUnitId() {
        return unitId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCredentialsChangedAt() {
        return credentialsChangedAt;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /** Links the account to a person at the city's identity provider (ADR 0034). */
    void linkExternal(String issuer, String subject) {
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    public String getOidcIssuer() {
        return oidcIssuer;
    }
}
