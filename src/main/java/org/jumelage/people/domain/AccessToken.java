package org.jumelage.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jumelage.people.TokenScope;

/** An access token of a machine client (V39, ADR 0029): only the hash of its secret is kept. */
@Entity
@Table(name = "access_token")
public class AccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private TokenScope scope;

    @org.jumelage.shared.Audited.Secret
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "token_prefix")
    private String tokenPrefix;

    @Column(name = "requests_per_minute")
    private Integer requestsPerMinute;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @org.jumelage.shared.Audited.Skip
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    /** The id of the form that made the token: one token per form (V44). */
    @jakarta.persistence.Column(name = "form_id")
    private String formId;

    protected AccessToken() {}

    AccessToken(
            String name,
            long accountId,
            TokenScope scope,
            String tokenHash,
            String tokenPrefix,
            Integer requestsPerMinute,
            LocalDate expiresOn,
            String createdBy,
            Instant createdAt,
            String formId) {
        this.formId = formId;
        this.name = name;
        this.accountId = accountId;
        this.scope = scope;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.requestsPerMinute = requestsPerMinute;
        this.expiresOn = expiresOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void revoke(String by, Instant at) {
        if (revokedAt == null) {
            this.revokedBy = by;
            this.revokedAt = at;
        }
    }

    /** Whether the token still opens the API on this day: not revoked, and its end date (if any) not passed. */
    public boolean isUsableOn(LocalDate today) {
        return revokedAt == null && (expiresOn == null || !today.isAfter(expiresOn));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getAccountId() {
        return accountId;
    }

    public TokenScope getScope() {
        return scope;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public long getVersion() {
        return version;
    }
}
