package org.jumelage.people.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.jumelage.people.SignInGuard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins as rows (inserted, never updated, so concurrent failures are all counted and never collide). A
 * client address may try one account {@code max-failed-logins} times within {@code lockout}, and all accounts
 * together {@code max-failed-logins-per-client} times. Once an account has drawn {@code max-failed-logins-per-account}
 * failures from everywhere within that time, every client that failed on it once waits. An attacker thus blocks only
 * their own addresses: the person, at their own address, can still sign in.
 */
@Component
class SignInThrottle implements SignInGuard {

    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int perAccountAndClient;
    private final int perClient;
    private final int perAccount;
    private final Duration window;

    SignInThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${jumelage.security.max-failed-logins:5}") int perAccountAndClient,
            @Value("${jumelage.security.max-failed-logins-per-client:20}") int perClient,
            @Value("${jumelage.security.max-failed-logins-per-account:50}") int perAccount,
            @Value("${jumelage.security.lockout:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perAccountAndClient = perAccountAndClient;
        this.perClient = perClient;
        this.perAccount = perAccount;
        this.window = window;
    }

    @Override
    public boolean blocked(String username, String client) {
        Timestamp since = Timestamp.from(clock.instant().minus(window));
        if (count("select count(*) from sign_in_failure where client = ? and failed_at > ?", client(client), since)
                >= perClient) {
            return true;
        }
        String name = normalise(username);
        int pair = count(
                "select count(*) from sign_in_failure where username = ? and client = ? and failed_at > ?",
                name,
                client(client),
                since);
        if (pair >= perAccountAndClient) {
            return true;
        }
        return pair > 0
                && count("select count(*) from sign_in_failure where username = ? and failed_at > ?", name, since)
                        >= perAccount;
    }

    // Its own transaction: the failure is kept even when the request's work (a password change) is rolled back.
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String client) {
        jdbc.update(
                "insert into sign_in_failure (username, client, failed_at) values (?, ?, ?)",
                normalise(username),
                client(client),
                Timestamp.from(clock.instant()));
    }

    @Override
    public void succeeded(String username, String client) {
        jdbc.update(
                "delete from sign_in_failure where username = ? and client = ?", normalise(username), client(client));
    }

    /** Failures within the throttling window, for the accounts page. */
    int recentFailures(String username) {
        return count(
                "select count(*) from sign_in_failure where username = ? and failed_at > ?",
                normalise(username),
                Timestamp.from(clock.instant().minus(window)));
    }

    /** An administrator releases the account: every client may try it again. */
    void release(String username) {
        jdbc.update("delete from sign_in_failure where username = ?", normalise(username));
    }

    /** Client addresses are personal data: kept a day, long enough to throttle and to look into an attack. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldFailures() {
        jdbc.update(
                "delete from sign_in_failure where failed_at < ?",
                Timestamp.from(clock.instant().minus(KEPT)));
    }

    private int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }

    private static String normalise(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String client(String address) {
        String client = address == null ? "unknown" : address;
        return client.length() > 64 ? client.substring(0, 64) : client;
    }
}
