package org.jumelage.people.domain;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.people.SignInGuard;
import org.jumelage.people.SignInProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Attempts at a password as rows: inserted before the password is checked, never updated, deleted when the password
 * was right. Concurrent attempts are thus all counted and never collide. Within {@code lockout}, a client may fail
 * {@code max-failed-logins} times per account and {@code max-failed-logins-per-client} times in all; once an account
 * has drawn {@code max-failed-logins-per-account} failures from everywhere, every client that failed on it once
 * waits. An attacker thus blocks only their own addresses: the person, at their own address, can still sign in.
 *
 * <p>A client is its address, an IPv6 address by its /64 network (one connection owns a whole /64). An attempt at a
 * name that is no account is counted under one name for all such names, so that a password typed into the name field
 * is never stored.
 */
@Component
class SignInThrottle implements SignInGuard {

    private static final Duration KEPT = Duration.ofDays(1);
    private static final String NO_ACCOUNT = "?";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int perAccountAndClient;
    private final int perClient;
    private final int perAccount;
    private final Duration window;

    private final org.jumelage.shared.JobLocks jobs;

    SignInThrottle(org.jumelage.shared.JobLocks jobs, JdbcTemplate jdbc, Clock clock, SignInProperties settings) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.perAccountAndClient = settings.maxFailedLogins();
        this.perClient = settings.maxFailedLoginsPerClient();
        this.perAccount = settings.maxFailedLoginsPerAccount();
        this.window = settings.lockout();
    }

    // No transaction of the caller's: each statement commits at once, so that others see this attempt counted.
    @Override
    public boolean attempt(String username, String client) {
        String name = account(username);
        String from = client(client);
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into sign_in_failure (username, client, failed_at) values (?, ?, ?)",
                            new String[] {"id"});
                    insert.setString(1, name);
                    insert.setString(2, from);
                    insert.setTimestamp(3, now);
                    return insert;
                },
                key);
        Timestamp since = Timestamp.from(now.toInstant().minus(window));
        // Every count includes this attempt: "before" is the count less one.
        int clientBefore =
                count("select count(*) from sign_in_failure where client = ? and failed_at > ?", from, since) - 1;
        int pairBefore = count(
                        "select count(*) from sign_in_failure where username = ? and client = ? and failed_at > ?",
                        name,
                        from,
                        since)
                - 1;
        boolean blocked = clientBefore >= perClient
                || pairBefore >= perAccountAndClient
                || (pairBefore > 0
                        && count(
                                                "select count(*) from sign_in_failure where username = ? and failed_at > ?",
                                                name,
                                                since)
                                        - 1
                                >= perAccount);
        if (blocked) {
            jdbc.update("delete from sign_in_failure where id = ?", key.getKey().longValue());
        }
        return !blocked;
    }

    /** A correct password at the login form forgets that client's failures for the account. */
    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            succeeded(event.getAuthentication().getName(), details.getRemoteAddress());
        }
    }

    @Override
    public void succeeded(String username, String client) {
        jdbc.update("delete from sign_in_failure where username = ? and client = ?", account(username), client(client));
    }

    /** Failures within the throttling window, for the accounts page. */
    int recentFailures(String username) {
        return count(
                "select count(*) from sign_in_failure where username = ? and failed_at > ?",
                normalise(username),
                Timestamp.from(clock.instant().minus(window)));
    }

    /**
     * Failures within the throttling window of every account that has any, by the account's normalised name: the
     * accounts page's column in one query, not one per account.
     */
    Map<String, Integer> recentFailuresByAccount() {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query(
                "select username, count(*) from sign_in_failure where failed_at > ? group by username",
                (RowCallbackHandler) row -> counts.put(row.getString(1), row.getInt(2)),
                Timestamp.from(clock.instant().minus(window)));
        return counts;
    }

    /** A failed sign-in as kept: which client, when. */
    record Failure(long id, String client, java.time.Instant failedAt) {}

    /** The failed sign-ins kept for the account with this user name, the oldest first (a subject-access export). */
    List<Failure> failures(String username) {
        return jdbc.query(
                "select id, client, failed_at from sign_in_failure where username = ? order by failed_at, id",
                (row, n) -> new Failure(
                        row.getLong(1), row.getString(2), row.getTimestamp(3).toInstant()),
                normalise(username));
    }

    /** An administrator releases the account: every client may try it again. */
    void release(String username) {
        jdbc.update("delete from sign_in_failure where username = ?", normalise(username));
    }

    /** Client addresses are personal data: kept a day, long enough to throttle and to look into an attack. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldFailures() {
        jobs.onceInTransaction("sign-in-forget-failures", java.time.Duration.ofMinutes(10), () -> {
            jdbc.update(
                    "delete from sign_in_failure where failed_at < ?",
                    Timestamp.from(clock.instant().minus(KEPT)));
            return 0;
        });
    }

    private int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }

    /** The account's own name for what was typed, as the login finds it; one name for every name that is none. */
    private String account(String typed) {
        String name = normalise(typed);
        List<String> found =
                jdbc.queryForList("select username from account where lower(username) = ?", String.class, name);
        return found.isEmpty() ? NO_ACCOUNT : normalise(found.getFirst());
    }

    /** As the login compares names (ignoring case, so that "ADMIN" and "admın" are "admin" too). */
    static String normalise(String username) {
        String name = username == null
                ? ""
                : username.strip().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** An IPv4 address as it is; an IPv6 address by its /64 network; an IPv4-mapped IPv6 address as IPv4. */
    static String client(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') >= 0 && address.matches("[0-9A-Fa-f:.%\\[\\]a-zA-Z]+")) {
            try {
                InetAddress parsed =
                        InetAddress.ofLiteral(address.replace("[", "").replace("]", ""));
                if (parsed instanceof Inet4Address) {
                    return parsed.getHostAddress();
                }
                byte[] bytes = parsed.getAddress();
                return String.format(
                        "%x:%x:%x:%x::/64",
                        ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff),
                        ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff),
                        ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff),
                        ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff));
            } catch (IllegalArgumentException e) {
                // Not an address literal: taken as it is below.
            }
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
