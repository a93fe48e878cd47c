package org.jumelage.people.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.jumelage.people.AccountRetention;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.people.StaffDirectory;
import org.jumelage.shared.InstallationProperties;
import org.jumelage.shared.RuleViolation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Erases a person from their account (ADR 0037), on request or once the account has been left disabled for {@code
 * jumelage.people.disabled-retention} (the privacy module's retention job asks {@link #disabledPastRetention} and
 * erases those people from every module): the account keeps its number (other records refer to it), role and unit, and
 * loses its user name, name, e-mail address, password, link to the identity provider, access tokens and failed
 * sign-ins. Nobody can sign in with it or enable it again.
 */
@Component
class AccountErasure implements AccountRetention {

    /**
     * {@code jumelage.people.*}.
     *
     * @param disabledRetention how long an account may stay disabled before the person is erased from every module as
     *     on request (a period such as {@code P2Y})
     * @param retentionCron when the privacy module looks for such accounts, nightly (a cron expression, in {@code
     *     jumelage.time-zone}; {@code -}: never)
     */
    @ConfigurationProperties("jumelage.people")
    record Settings(
            @DefaultValue("P2Y") Period disabledRetention,
            @DefaultValue("0 20 3 * * *") String retentionCron) {

        Settings {
            if (disabledRetention.isNegative() || disabledRetention.isZero()) {
                throw new IllegalArgumentException(
                        "jumelage.people.disabled-retention must be positive; found " + disabledRetention);
            }
            if (!"-".equals(retentionCron)
                    && !org.springframework.scheduling.support.CronExpression.isValidExpression(retentionCron)) {
                throw new IllegalArgumentException(
                        "jumelage.people.retention-cron must be a cron expression or -; found " + retentionCron);
            }
        }
    }

    private final AccountRepository accounts;
    private final AccessTokenRepository tokens;
    private final SignInThrottle signIns;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ZoneId zone;
    private final Settings settings;
    private final SecureRandom random = new SecureRandom();

    AccountErasure(
            AccountRepository accounts,
            AccessTokenRepository tokens,
            SignInThrottle signIns,
            PasswordEncoder passwordEncoder,
            Clock clock,
            InstallationProperties installation,
            Settings settings) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.signIns = signIns;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.zone = installation.timeZone();
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    /**
     * Erases the person from the account, in the caller's transaction. Refuses the signed-in person's own account (they
     * would lock themselves out in the middle of their work) and the last enabled administrator (nobody could manage
     * accounts any more).
     */
    void erase(Account account) {
        if (JumelageUser.current()
                .filter(user -> user.accountId() == account.getId())
                .isPresent()) {
            throw new RuleViolation("account.error.cannotEraseSelf");
        }
        if (account.getRole() == Role.ADMIN
                && account.isEnabled()
                && accounts.lockEnabledAdministrators().size() <= 1) {
            throw new RuleViolation("account.error.cannotEraseLastAdministrator");
        }
        tokens.deleteAll(tokens.findByAccountIdOrderByCreatedAtAscIdAsc(account.getId()));
        if (account.isErased()) {
            return;
        }
        signIns.release(account.getUsername());
        account.erase(erasedName(account), unusableHash(), clock.instant());
    }

    /**
     * Retention: the accounts disabled for longer than {@code disabled-retention} and not erased yet. An enabled account
     * is never due, so neither is the last enabled administrator.
     */
    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public List<StaffDirectory.StaffMember> disabledPastRetention(int limit) {
        Instant before =
                clock.instant().atZone(zone).minus(settings.disabledRetention()).toInstant();
        return accounts.findByEnabledFalseAndErasedAtIsNullAndDisabledAtBeforeOrderById(before).stream()
                .limit(limit)
                .map(account -> new StaffDirectory.StaffMember(
                        account.getId(),
                        account.getUsername(),
                        account.getDisplayName(),
                        account.getEmail(),
                        account.getUnitId()))
                .toList();
    }

    /**
     * {@code erased-} and the account's number; should an account made before such names were reserved have that name,
     * a random ending makes it unique.
     */
    private String erasedName(Account account) {
        String name = Account.ERASED_PREFIX + account.getId();
        boolean taken = accounts.findByUsernameKey(Account.key(name))
                .filter(other -> !other.getId().equals(account.getId()))
                .isPresent();
        if (!taken) {
            return name;
        }
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        return name + "-"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toLowerCase(java.util.Locale.ROOT);
    }

    /** The hash of a random password that is never shown to anybody: no password matches it. */
    private String unusableHash() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(bytes));
    }
}
