package org.jumelage.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.people.domain.AccountService;
import org.jumelage.testing.Signed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Accounts left disabled past {@code jumelage.people.disabled-retention} (P2Y) are erased from every module as on
 * request (ADR 0037), and the audit trail records it without the erased values; a recently disabled account stays.
 */
@SpringBootTest
@ActiveProfiles("test")
class DisabledAccountRetentionTests {

    @Autowired
    DisabledAccountRetention retention;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private long disabledViewer(String username, JumelageUser admin, Duration ago) throws Exception {
        Signed.in(admin, () -> accounts.create(username, "Lange Weg", username + "@example.org", Role.VIEWER, null));
        long id = accounts.loadUser(username).orElseThrow().accountId();
        Signed.in(admin, () -> {
            accounts.disable(id, admin.accountId());
            return null;
        });
        jdbc.update(
                "update account set disabled_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(ago)),
                id);
        return id;
    }

    @Test
    void anAccountDisabledLongEnoughIsErasedEverywhereWithoutItsValuesInTheTrail() throws Exception {
        JumelageUser admin = accounts.loadUser("admin").orElseThrow();
        admin.eraseCredentials();
        String gone = "lange-weg-" + Long.toString(System.nanoTime(), 36);
        String stays = "kurz-weg-" + Long.toString(System.nanoTime(), 36);
        long old = disabledViewer(gone, admin, Duration.ofDays(800));
        long recent = disabledViewer(stays, admin, Duration.ofDays(30));

        assertThat(nightly()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("select username from account where id = ?", String.class, old))
                .startsWith("erased-");
        assertThat(jdbc.queryForObject("select email from account where id = ?", String.class, old))
                .isNull();
        assertThat(jdbc.queryForObject("select username from account where id = ?", String.class, recent))
                .isEqualTo(stays);
        List<String> erasure = jdbc.queryForList(
                "select coalesce(before_values, '') || coalesce(after_values, '') from audit_entry"
                        + " where subject_type = 'Account' and subject_id = ? and actor = 'system'"
                        + " and action = 'CHANGED'",
                String.class,
                String.valueOf(old));
        assertThat(erasure)
                .isNotEmpty()
                .allSatisfy(values -> assertThat(values).doesNotContain(gone).contains("(erased)"));
        // The next night passes it by.
        assertThat(nightly()).isZero();
    }

    /** The job as the scheduler runs it: on a thread of its own, outside any request. */
    private int nightly() throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger erased = new java.util.concurrent.atomic.AtomicInteger();
        Thread job = new Thread(() -> erased.set(retention.eraseDue()));
        job.start();
        job.join();
        return erased.get();
    }
}
