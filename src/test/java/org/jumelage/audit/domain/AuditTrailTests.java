package org.jumelage.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jumelage.audit.AuditAction;
import org.jumelage.exchange.domain.Call;
import org.jumelage.exchange.domain.CallDetails;
import org.jumelage.exchange.domain.CallService;
import org.jumelage.exchange.domain.ExchangeRows;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.people.domain.AccountService;
import org.jumelage.testing.Signed;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail (ADR 0036) on the database the tests run on (H2 in {@code mvn verify}, PostgreSQL in CI's database
 * run): every change of an entity is an entry in its own transaction, with who and the values before and after;
 * secrets never show; the entries cannot be changed, nor deleted before 90 days, by anyone (the database's trigger);
 * older ones go by the retention rule.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
class AuditTrailTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    private JumelageUser admin() {
        JumelageUser admin = accounts.loadUser("admin").orElseThrow();
        admin.eraseCredentials();
        return admin;
    }

    private List<AuditEntry> about(String type, Object id) {
        return audit.search(new AuditQuery(null, null, type, String.valueOf(id), null, null), 0, BERLIN)
                .getContent();
    }

    /** A new viewer account, made as whoever is signed in; its id. */
    private long viewer(String username, String name, String email) {
        accounts.create(username, name, email, Role.VIEWER, null);
        return accounts.loadUser(username).orElseThrow().accountId();
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aCreatedAndAChangedAccountAreEntriesWithWhoAndTheValuesBeforeAndAfter() throws Exception {
        JumelageUser admin = admin();
        String username = unique("audited");
        long created = Signed.in(admin, () -> viewer(username, "Erika Muster", "erika@example.org"));
        Signed.in(admin, () -> {
            accounts.update(
                    created,
                    accounts.get(created).getVersion(),
                    "Erika Beispiel",
                    "erika@example.org",
                    Role.EDITOR,
                    unitOfEditors());
            return null;
        });

        List<AuditEntry> entries = about("Account", created);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("CHANGED", "CREATED");
        AuditEntry changed = entries.get(0);
        assertThat(changed.actor()).isEqualTo("admin");
        assertThat(changed.actorAccountId()).isEqualTo(admin.accountId());
        assertThat(changed.before())
                .contains("\"displayName\":\"Erika Muster\"")
                .contains("\"role\":\"VIEWER\"");
        assertThat(changed.after())
                .contains("\"displayName\":\"Erika Beispiel\"")
                .contains("\"role\":\"EDITOR\"");
        // Only what changed, and never the version counter.
        assertThat(changed.after()).doesNotContain("email").doesNotContain("version");
        AuditEntry creation = entries.get(1);
        assertThat(creation.before()).isNull();
        assertThat(creation.after()).contains("\"username\":\"" + username + "\"");
        // The password's hash is set, and never shown.
        assertThat(creation.after()).contains("\"passwordHash\":\"(hidden)\"");
        assertThat(creation.after()).doesNotContain("{bcrypt}").doesNotContain("$2a$");
    }

    private Long unitOfEditors() {
        return jdbc.queryForObject("select id from org_unit where code = 'SENUVK'", Long.class);
    }

    @Test
    void aPasswordResetIsItsOwnActionWithoutTheHash() throws Exception {
        JumelageUser admin = admin();
        long created = Signed.in(admin, () -> viewer(unique("reset"), "Reset Me", null));
        Signed.in(admin, () -> accounts.resetPassword(created));

        AuditEntry reset = about("Account", created).get(0);
        assertThat(reset.action()).isEqualTo("PASSWORD_CHANGED");
        assertThat(reset.actor()).isEqualTo("admin");
        assertThat(reset.before()).contains("\"passwordHash\":\"(hidden)\"");
        assertThat(reset.after()).contains("\"passwordHash\":\"(hidden)\"").contains("\"credentialsChangedAt\"");
        String stored = jdbc.queryForObject("select password_hash from account where id = ?", String.class, created);
        assertThat(reset.after()).doesNotContain(stored);
    }

    @Test
    void aChangeThatIsRolledBackLeavesNoEntryAndAJobIsTheSystem() throws InterruptedException {
        String username = unique("rolledback");
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    accounts.create(username, "Nobody", null, Role.VIEWER, null);
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessage("rolled back");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where after_values like ?", Long.class, "%" + username + "%"))
                .isZero();

        // A scheduled job or an event listener runs on a thread of its own, outside any request.
        java.util.concurrent.atomic.AtomicLong made = new java.util.concurrent.atomic.AtomicLong();
        Thread job = new Thread(() -> made.set(viewer(unique("system"), "Made by a job", null)));
        job.start();
        job.join();
        AuditEntry entry = about("Account", made.get()).get(0);
        assertThat(entry.actor()).isEqualTo("system");
        assertThat(entry.remoteAddress()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class))
                .isGreaterThan(before);
    }

    @Test
    void aChangedListOfValuesIsAChangeOfItsOwner() throws Exception {
        JumelageUser admin = admin();
        ExchangeRows rows = ExchangeRows.of(context);
        CallService calls = context.getBean(CallService.class);
        Call call = Signed.in(admin, () -> rows.call(rows.programme(unique("Programm")), unique("Aufruf")));
        Signed.in(admin, () -> {
            Call loaded = calls.get(call.getId());
            calls.edit(
                    loaded.getId(),
                    loaded.getVersion(),
                    new CallDetails(
                            loaded.getProgrammeId(),
                            loaded.getTitleDe(),
                            loaded.getTitleEn(),
                            loaded.getOpensAt().atZone(BERLIN).toLocalDateTime(),
                            loaded.getClosesAt().atZone(BERLIN).toLocalDateTime(),
                            BERLIN,
                            loaded.getStaysFrom(),
                            loaded.getStaysTo(),
                            loaded.getMinWeeks(),
                            loaded.getMaxWeeks(),
                            loaded.getRetentionMonths(),
                            loaded.getEligibleUnitIds(),
                            java.util.Set.of("fr")));
            return null;
        });

        AuditEntry languages = about("Call", call.getId()).stream()
                .filter(entry -> entry.after() != null && entry.after().contains("\"languages\":[\"fr\"]"))
                .findFirst()
                .orElseThrow();
        assertThat(languages.action()).isEqualTo("CHANGED");
        assertThat(languages.actor()).isEqualTo("admin");
        assertThat(languages.before()).contains("\"de\"").contains("\"pl\"");
    }

    @Test
    void nobodyChangesAnEntryOrDeletesAYoungOneAndTheRetentionDeletesOldOnes() {
        Instant now = Instant.now();
        insert("young", now.minus(Duration.ofDays(10)));
        insert("old", now.minus(Duration.ofDays(800)));
        long young = idOf("young");

        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'forged' where id = ?", young))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", young))
                .rootCause()
                .hasMessageContaining("append-only");

        // The retention rule (jumelage.audit.keep, P730D by default): the old entry goes, the young one stays, and
        // the deletion is itself an entry.
        int deleted = context.getBean(AuditRetention.class).deleteOld();
        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'old'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'young'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'DELETED_BY_RULE'", Long.class))
                .isPositive();
    }

    private void insert(String actor, Instant at) {
        jdbc.update(
                "insert into audit_entry (occurred_at, actor, action) values (?, ?, 'CHANGED')",
                Timestamp.from(at),
                actor);
    }

    private long idOf(String actor) {
        return jdbc.queryForObject("select max(id) from audit_entry where actor = ?", Long.class, actor);
    }

    @Test
    void anEntryRecordedOutsideATransactionStaysAndNamesTheGivenActor() {
        audit.recordFor("someone-else", AuditAction.SIGN_IN_FAILED, null, null, Map.of("reason", "BadCredentials"));
        AuditEntry entry = audit.search(
                        new AuditQuery("someone-else", AuditAction.SIGN_IN_FAILED, null, null, null, null), 0, BERLIN)
                .getContent()
                .get(0);
        assertThat(entry.after()).isEqualTo("{\"reason\":\"BadCredentials\"}");
    }

    @Test
    void aRuleThatChangesRowsInBulkIsOneEntryWithHowManyAndTheRuleKeptOnlyWithTheChange() throws InterruptedException {
        // A retention job's bulk delete, which the entity listener does not see: feedback dealt with long ago.
        jdbc.update(
                "insert into feedback (received_at, locale, message, status, handled_by, handled_at, version)"
                        + " values (?, 'de', 'Alte Nachricht', 'DONE', 'admin', ?, 0)",
                Timestamp.from(Instant.now().minus(Duration.ofDays(4000))),
                Timestamp.from(Instant.now().minus(Duration.ofDays(3999))));
        // On a thread of its own, as the scheduler runs it.
        java.util.concurrent.atomic.AtomicInteger purged = new java.util.concurrent.atomic.AtomicInteger();
        Thread job = new Thread(() -> purged.set(context.getBean(org.jumelage.feedback.domain.FeedbackService.class)
                .purge()));
        job.start();
        job.join();
        int deleted = purged.get();
        assertThat(deleted).isPositive();
        AuditEntry entry = audit.search(
                        new AuditQuery(null, AuditAction.DELETED_BY_RULE, "Feedback", null, null, null), 0, BERLIN)
                .getContent()
                .get(0);
        assertThat(entry.actor()).isEqualTo("system");
        assertThat(entry.after()).contains("\"count\":\"" + deleted + "\"").contains("dealt with more than");
        assertThat(entry.after()).doesNotContain("Alte Nachricht");

        // Kept only if the change is: a rolled-back bulk change leaves no entry; nothing changed, nothing recorded.
        org.springframework.context.ApplicationEventPublisher events = context;
        String kind = unique("Probe");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    events.publishEvent(new org.jumelage.shared.Audited.BulkChange(kind, 3, "a rule"));
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessage("rolled back");
        transactions.executeWithoutResult(
                status -> events.publishEvent(new org.jumelage.shared.Audited.BulkChange(kind, 0, "a rule")));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject_type = ?", Long.class, kind))
                .isZero();
        transactions.executeWithoutResult(
                status -> events.publishEvent(new org.jumelage.shared.Audited.BulkChange(kind, 2, "a rule")));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject_type = ?", Long.class, kind))
                .isEqualTo(1);
    }
}
