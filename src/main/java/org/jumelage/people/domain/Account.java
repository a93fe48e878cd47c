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
import org.jumelage.shared.RuleViolation;

@Entity
public class Account {

    /** What the user name of an erased account starts with; no other account may take such a name (V46). */
    static final String ERASED_PREFIX = "erased-";

    /** The name an erased account shows wherever its number is still referred to. */
    static final String ERASED_NAME = "Gelöschtes Konto / Erased account";

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

    /** Since when the account is disabled: a disabled account is erased after {@code disabled-retention} (V46). */
    @Column(name = "disabled_at")
    private Instant disabledAt;

    /** When the person was erased from the account (ADR 0037): only its number, role and unit remain (V46). */
    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "erased_username_digest")
    private String erasedUsernameDigest;

    @Column(name = "erased_identity_digest")
    private String erasedIdentityDigest;

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
        refuseIfErased();
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.unitId = unitId;
    }

    /** Disables the account; an account disabled already keeps the time it was disabled first. */
    void disable(Instant now) {
        if (enabled) {
            this.enabled = false;
            this.disabledAt = now;
        }
    }

    /** Enables the account again; an erased account stays disabled (it has no name and no password any more). */
    void enable() {
        refuseIfErased();
        this.enabled = true;
        this.disabledAt = null;
    }

    /**
     * Erases the person from the account (ADR 0037): name, user name, e-mail address, password and the link to the
     * identity provider are replaced or cleared, the account is disabled and every session signed in with it ends. The
     * row stays, with its role and unit, because other records refer to its number. Erasing an erased account changes
     * nothing.
     *
     * @param erasedName the new user name: {@link #ERASED_PREFIX} and the account's number, free among the accounts
     * @param unusableHash the hash of a password nobody knows
     */
    void erase(String erasedName, String unusableHash, Instant now) {
        if (isErased()) {
            return;
        }
        if (!erasedName.startsWith(ERASED_PREFIX)) {
            throw new IllegalArgumentException("an erased account's user name starts with " + ERASED_PREFIX);
        }
        this.erasedUsernameDigest = digest(usernameKey);
        this.erasedIdentityDigest = oidcIssuer == null ? null : identityDigest(oidcIssuer, oidcSubject);
        this.username = erasedName;
        this.usernameKey = key(erasedName);
        this.displayName = ERASED_NAME;
        this.email = null;
        this.passwordHash = unusableHash;
        this.mustChangePassword = false;
        this.credentialsChangedAt = now;
        this.oidcIssuer = null;
        this.oidcSubject = null;
        disable(now);
        this.erasedAt = now;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** The SHA-256 of a text, in hex: what an erased account keeps of its name and its provider's identity (V50). */
    static String digest(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String identityDigest(String issuer, String subject) {
        return digest(issuer + "\n" + subject);
    }

    private void refuseIfErased() {
        if (isErased()) {
            throw new RuleViolation("account.error.erased");
        }
    }

    /**
     * An administrator set a new password: the person must choose their own at the next login, and every session
     * signed in with the old one ends.
     */
    void resetPassword(String newHash, Instant now) {
        refuseIfErased();
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.credentialsChangedAt = now;
    }

    /** The person chose a new password: their other sessions end (the one they changed it in carries on). */
    void changePassword(String newHash, Instant now) {
        refuseIfErased();
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
        refuseIfErased();
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    public String getOidcIssuer() {
        return oidcIssuer;
    }

    String getOidcSubject() {
        return oidcSubject;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }
}
