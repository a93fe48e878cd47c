package org.jumelage.people.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jumelage.people.ApiClient;
import org.jumelage.people.ApiTokens;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.people.TokenScope;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access tokens of the office's machine clients (ADR 0029). Administrators make, list and revoke them; a token acts
 * with the rights of its account, as the account is at the moment of each request, within its scope. The secret is 32
 * random bytes, shown once; the database keeps its SHA-256 hash (a secret of that strength needs no slow hash: nobody
 * can guess it from its hash, and checking it must cost nothing per request) and its first characters.
 */
@Service
@Transactional
public class AccessTokenService implements ApiTokens {

    /** What every secret starts with, so that a leaked one is recognisable (and found by secret scanners). */
    static final String PREFIX = "jml_";

    /** Tokens in a page of the list. */
    public static final int PAGE_SIZE = 50;

    /** A use is recorded at most this often per token: a client's every request must not write. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    /**
     * {@code jumelage.api.tokens.*} (ADR 0029).
     *
     * @param retention how long a revoked or expired access token stays in the list (who made and who revoked it)
     *     before it is deleted
     * @param retentionCron when tokens past their retention are deleted (a cron expression, Berlin time; {@code -}:
     *     never)
     */
    @ConfigurationProperties("jumelage.api.tokens")
    record Settings(
            @DefaultValue("P365D") Duration retention,
            @DefaultValue("0 50 3 * * *") String retentionCron) {

        Settings {
            if (retention == null || retention.isNegative()) {
                throw new IllegalArgumentException(
                        "jumelage.api.tokens.retention must be 0 or more; found " + retention);
            }
            if (!"-".equals(retentionCron) && !CronExpression.isValidExpression(retentionCron)) {
                throw new IllegalArgumentException(
                        "jumelage.api.tokens.retention-cron must be a cron expression or -; found " + retentionCron);
            }
        }
    }

    private final AccessTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;
    private final Duration retention;
    private final SecureRandom random = new SecureRandom();

    private final org.jumelage.shared.JobLocks jobs;
    private final org.springframework.context.ApplicationEventPublisher events;

    AccessTokenService(
            org.jumelage.shared.JobLocks jobs,
            AccessTokenRepository tokens,
            AccountRepository accounts,
            Clock clock,
            Settings settings,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.events = events;
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.retention = settings.retention();
    }

    /** A token just made, with its secret: the only moment the secret exists outside the client. */
    public record Created(AccessToken token, String secret) {}

    /**
     * Makes a token for the account with this user name. The account must read the back office (administrator, editor
     * or viewer) and be enabled; writing needs an account that may write (administrator or editor).
     */
    public Created create(
            String name, String username, TokenScope scope, LocalDate expiresOn, Integer requestsPerMinute) {
        return create(name, username, scope, expiresOn, requestsPerMinute, null);
    }

    /**
     * Like {@link #create(String, String, TokenScope, LocalDate, Integer)} from the page's form with this id: a form
     * makes one token only (a second one fails on the database's unique form id, also at the same moment).
     */
    public Created create(
            String name,
            String username,
            TokenScope scope,
            LocalDate expiresOn,
            Integer requestsPerMinute,
            String formId) {
        JumelageUser admin = administrator();
        Account account = accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> RuleViolation.at("username", "token.error.unknownAccount"));
        if (!account.getRole().readsBackOffice()) {
            throw RuleViolation.at("username", "token.error.role");
        }
        if (!account.isEnabled()) {
            throw RuleViolation.at("username", "token.error.disabled");
        }
        if (scope == TokenScope.READ_WRITE && account.getRole() == Role.VIEWER) {
            throw RuleViolation.at("scope", "token.error.readOnlyAccount");
        }
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.at("expiresOn", "token.error.expiresOn");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AccessToken token = tokens.save(new AccessToken(
                name.strip(),
                account.getId(),
                scope,
                hash(secret),
                secret.substring(0, PREFIX.length() + 6),
                requestsPerMinute,
                expiresOn,
                admin.getUsername(),
                clock.instant(),
                formId));
        return new Created(token, secret);
    }

    @Transactional(readOnly = true)
    public Page<AccessToken> page(int page) {
        administrator();
        return tokens.findForList(PageRequest.of(Math.max(0, page), PAGE_SIZE));
    }

    /** Whether the form with this id has made its token already. */
    @Transactional(readOnly = true)
    public boolean madeWithForm(String formId) {
        administrator();
        return formId != null && tokens.existsByFormId(formId);
    }

    /** The office's day, against which end dates are checked. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The user names of the tokens' accounts, by account id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> usernames(java.util.Collection<AccessToken> shown) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        accounts.findAllById(shown.stream().map(AccessToken::getAccountId).toList())
                .forEach(account -> names.put(account.getId(), account.getUsername()));
        return names;
    }

    /** Revokes a token as loaded in the list ({@code version}); it stops working with the next request. */
    public void revoke(long id, long version) {
        JumelageUser admin = administrator();
        AccessToken token = tokens.findById(id).orElseThrow(() -> new NotFound("access token", id));
        if (token.getVersion() != version) {
            throw new EditConflict("access token " + id, version, token.getVersion());
        }
        token.revoke(admin.getUsername(), clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApiClient> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<AccessToken> found = tokens.findByTokenHash(hash(secret));
        if (found.isEmpty() || !found.get().isUsableOn(LocalDate.now(clock))) {
            return Optional.empty();
        }
        AccessToken token = found.get();
        Optional<Account> account = accounts.findById(token.getAccountId())
                .filter(Account::isEnabled)
                .filter(holder -> holder.getRole().readsBackOffice());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        JumelageUser user = account.get().toUser();
        user.eraseCredentials();
        // An account that became a viewer since keeps reading only, whatever the token was made for.
        TokenScope scope = user.role() == Role.VIEWER ? TokenScope.READ : token.getScope();
        int limit = token.getRequestsPerMinute() == null ? 0 : token.getRequestsPerMinute();
        return Optional.of(new ApiClient(token.getId(), token.getName(), user, scope, limit));
    }

    @Override
    public void recordUse(long tokenId) {
        Instant now = clock.instant();
        tokens.recordUse(tokenId, now, now.minus(USE_RECORDED_EVERY));
    }

    /**
     * Retention: a revoked token, and one past its end date, is deleted once that is {@code jumelage.api.tokens.
     * retention} ago; until then the list shows who made and who revoked it.
     */
    @Scheduled(cron = "${jumelage.api.tokens.retention-cron:0 50 3 * * *}", zone = "${jumelage.time-zone}")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int deleteEnded() {
        return jobs.onceInTransaction("api-tokens-delete-ended", java.time.Duration.ofMinutes(10), () -> {
                    Instant before = clock.instant().minus(retention);
                    int deleted = tokens.deleteEndedBefore(before, LocalDate.ofInstant(before, clock.getZone()));
                    events.publishEvent(new org.jumelage.shared.Audited.BulkChange(
                            "AccessToken",
                            deleted,
                            "revoked or expired more than " + retention.toDays() + " days ago"));
                    return deleted;
                })
                .orElse(0);
    }

    private static JumelageUser administrator() {
        return JumelageUser.current()
                .filter(user -> user.role() == Role.ADMIN)
                .orElseThrow(() -> new AccessDeniedException("only administrators manage access tokens"));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
