package org.jumelage.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.people.TokenScope;
import org.jumelage.shared.PersonalData.DataSubject;
import org.jumelage.shared.PersonalData.Item;
import org.jumelage.shared.PersonalData.Kept;
import org.jumelage.shared.RuleViolation;
import org.jumelage.testing.Signed;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the accounts keep about a person (ADR 0037), on the database the tests run on: the account, its access tokens
 * and failed sign-ins in the export (never a hash); the erasure that leaves the account's number without the person and
 * nobody able to sign in with it; the two accounts it refuses; and the retention rule for accounts left disabled.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
class PeoplePersonalDataTests {

    private static final String PASSWORD = "a-long-secret-2026";

    @Autowired
    PeoplePersonalData personalData;

    @Autowired
    AccountErasure erasure;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    ExternalSignInService externalSignIns;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    SignInThrottle signIns;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private JumelageUser admin() {
        JumelageUser admin = accounts.loadUser("admin").orElseThrow();
        admin.eraseCredentials();
        return admin;
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    /** A new account with a known password, and the person as the privacy module would find them. */
    private DataSubject newAccount(String username, Role role) {
        Account account =
                accounts.create(username, "Erika Muster", username + "@example.org", role, null, PASSWORD, false);
        return new DataSubject(account.getId(), account.getUsername(), account.getEmail());
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap(
                "select username, username_key, display_name, email, password_hash, enabled, oidc_issuer,"
                        + " oidc_subject, disabled_at, erased_at, version from account where id = ?",
                id);
    }

    private static Item only(List<Item> items, String kind) {
        List<Item> ofKind =
                items.stream().filter(item -> item.kind().equals(kind)).toList();
        assertThat(ofKind).as(kind).hasSize(1);
        return ofKind.getFirst();
    }

    @Test
    void theExportShowsTheAccountItsTokensAndFailedSignInsButNeverAHash() throws Exception {
        String username = unique("pd-about");
        DataSubject subject = newAccount(username, Role.VIEWER);
        AccessTokenService.Created token =
                Signed.in(admin(), () -> tokens.create("Monitoring", username, TokenScope.READ, null, null));
        // A client of its own: the failure must not be throttled by others' (and is never deleted as blocked).
        String client = "client-" + username;
        signIns.attempt(username, client);

        List<Item> items = personalData.about(subject);

        Item account = only(items, "Account");
        assertThat(account.id()).isEqualTo(String.valueOf(subject.accountId()));
        assertThat(account.values())
                .containsEntry("username", username)
                .containsEntry("displayName", "Erika Muster")
                .containsEntry("email", username + "@example.org")
                .containsEntry("role", "VIEWER")
                .containsEntry("enabled", true)
                .containsEntry("password", "(hidden)")
                .containsKey("createdAt");
        Item accessToken = only(items, "AccessToken");
        assertThat(accessToken.id()).isEqualTo(String.valueOf(token.token().getId()));
        assertThat(accessToken.values())
                .containsEntry("name", "Monitoring")
                .containsEntry("scope", "READ")
                .containsEntry("prefix", token.token().getTokenPrefix())
                .containsEntry("createdBy", "admin")
                .containsEntry("secret", "(hidden)")
                .containsKey("createdAt");
        assertThat(only(items, "FailedSignIn").values()).containsEntry("client", client);
        // Neither the password's hash nor the token's (nor its secret) shows anywhere.
        String passwordHash = (String) row(subject.accountId()).get("password_hash");
        assertThat(items.toString())
                .doesNotContain(passwordHash)
                .doesNotContain(AccessTokenService.hash(token.secret()))
                .doesNotContain(token.secret())
                .doesNotContain("{bcrypt}");

        // A person asking by e-mail address alone (in another case) finds the account of that address.
        assertThat(personalData.about(new DataSubject(null, null, " " + username.toUpperCase() + "@EXAMPLE.ORG ")))
                .extracting(Item::kind, Item::id)
                .contains(org.assertj.core.groups.Tuple.tuple("Account", String.valueOf(subject.accountId())));
    }

    @Test
    void theErasureLeavesTheAccountsNumberWithoutThePersonAndNobodyCanSignInWithIt() throws Exception {
        String username = unique("pd-erase");
        DataSubject subject = newAccount(username, Role.VIEWER);
        long id = subject.accountId();
        jdbc.update(
                "update account set oidc_issuer = ?, oidc_subject = ? where id = ?",
                "https://login.example.org",
                "person-" + username,
                id);
        AccessTokenService.Created token =
                Signed.in(admin(), () -> tokens.create("Redaktionssystem", username, TokenScope.READ, null, null));
        signIns.attempt(username, "client-" + username);
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_failure where username = ?", Long.class, username.toLowerCase()))
                .isOne();
        String oldHash = (String) row(id).get("password_hash");

        List<Kept> kept = Signed.in(admin(), () -> personalData.erase(subject));

        assertThat(kept)
                .extracting(Kept::kind, Kept::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Account", String.valueOf(id)));
        assertThat(kept.getFirst().reason().de()).isNotBlank();
        assertThat(kept.getFirst().reason().en()).isNotBlank();
        assertThat(accounts.loadUser(username)).isEmpty();
        Map<String, Object> row = row(id);
        assertThat(row.get("username")).isEqualTo("erased-" + id);
        assertThat(row.get("username_key")).isEqualTo("erased-" + id);
        assertThat((String) row.get("display_name")).doesNotContain("Erika").doesNotContain("Muster");
        assertThat(row.get("email")).isNull();
        assertThat(row.get("oidc_issuer")).isNull();
        assertThat(row.get("oidc_subject")).isNull();
        assertThat(row.get("enabled")).isEqualTo(false);
        assertThat(row.get("disabled_at")).isNotNull();
        assertThat(row.get("erased_at")).isNotNull();
        String newHash = (String) row.get("password_hash");
        assertThat(newHash).isNotEqualTo(oldHash);
        assertThat(passwordEncoder.matches(PASSWORD, newHash)).isFalse();
        // Under its new name the account exists, disabled: nobody signs in with it.
        assertThat(accounts.loadUser("erased-" + id))
                .hasValueSatisfying(user -> assertThat(user.isEnabled()).isFalse());
        // Its tokens are gone and open nothing; its failed sign-ins are forgotten.
        assertThat(jdbc.queryForObject("select count(*) from access_token where account_id = ?", Long.class, id))
                .isZero();
        assertThat(tokens.authenticate(token.secret())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_failure where username = ?", Long.class, username.toLowerCase()))
                .isZero();
        assertThat(personalData.about(subject)).extracting(Item::kind).containsExactly("Account");

        // It stays erased: it cannot be enabled, changed or given a password again; erasing it again changes nothing.
        assertThatThrownBy(() -> accounts.enable(id))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("account.error.erased");
        assertThatThrownBy(() -> accounts.resetPassword(id))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("account.error.erased");
        long version = accounts.get(id).getVersion();
        assertThatThrownBy(() -> accounts.update(id, version, "Erika Muster", "erika@example.org", Role.VIEWER, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("account.error.erased");
        Signed.in(admin(), () -> personalData.erase(subject));
        assertThat(row(id)).isEqualTo(row);
    }

    @Test
    void aPersonKnownByAddressAloneIsNeverErasedFromAnAccountOfThatAddress() {
        String username = unique("pd-address");
        DataSubject subject = newAccount(username, Role.VIEWER);

        List<Kept> kept = personalData.erase(new DataSubject(null, null, username + "@example.org"));

        assertThat(kept)
                .extracting(Kept::kind, Kept::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Account", String.valueOf(subject.accountId())));
        assertThat(accounts.loadUser(username))
                .hasValueSatisfying(user -> assertThat(user.isEnabled()).isTrue());
        assertThat(row(subject.accountId()).get("email")).isEqualTo(username + "@example.org");
    }

    @Test
    void nobodyErasesTheirOwnAccount() throws Exception {
        String username = unique("pd-self");
        DataSubject subject = newAccount(username, Role.ADMIN);
        JumelageUser self = accounts.loadUser(username).orElseThrow();
        self.eraseCredentials();

        assertThatThrownBy(() -> Signed.in(self, () -> personalData.erase(subject)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("account.error.cannotEraseSelf");

        assertThat(accounts.loadUser(username))
                .hasValueSatisfying(user -> assertThat(user.isEnabled()).isTrue());
        assertThat(row(subject.accountId()).get("erased_at")).isNull();
    }

    @Test
    void theLastEnabledAdministratorIsNotErased() {
        String username = unique("pd-last");
        DataSubject subject = newAccount(username, Role.ADMIN);

        // Within a transaction that is rolled back: every other administrator disabled, this one is the last.
        transactions.executeWithoutResult(status -> {
            jdbc.update("update account set enabled = false where role = 'ADMIN' and id <> ?", subject.accountId());
            assertThatThrownBy(() -> personalData.erase(subject))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessage("account.error.cannotEraseLastAdministrator");
            status.setRollbackOnly();
        });

        assertThat(accounts.loadUser(username))
                .hasValueSatisfying(user -> assertThat(user.isEnabled()).isTrue());
        assertThat(row(subject.accountId()).get("erased_at")).isNull();
        assertThat(accounts.loadUser("admin"))
                .hasValueSatisfying(user -> assertThat(user.isEnabled()).isTrue());
    }

    @Test
    void anAccountLeftDisabledLongerThanTheRetentionIsErasedNightlyARecentlyDisabledOneIsNot() {
        long actingAdmin = admin().accountId();
        String longAgo = unique("pd-retention-old");
        String recently = unique("pd-retention-new");
        String enabledAgain = unique("pd-retention-back");
        long old = newAccount(longAgo, Role.VIEWER).accountId();
        long recent = newAccount(recently, Role.VIEWER).accountId();
        long back = newAccount(enabledAgain, Role.VIEWER).accountId();
        accounts.disable(old, actingAdmin);
        accounts.disable(recent, actingAdmin);
        accounts.disable(back, actingAdmin);
        assertThat(row(old).get("disabled_at")).isNotNull();
        // Enabling forgets when the account was disabled.
        accounts.enable(back);
        assertThat(row(back).get("disabled_at")).isNull();
        Instant now = Instant.now();
        // The default retention is two years: one disabled 2 years and 2 days ago, one 700 days ago.
        jdbc.update(
                "update account set disabled_at = ? where id = ?",
                Timestamp.from(now.minus(Duration.ofDays(732))),
                old);
        jdbc.update(
                "update account set disabled_at = ? where id = ?",
                Timestamp.from(now.minus(Duration.ofDays(700))),
                recent);

        // Due: the one disabled long enough ago; not the recent one, nor the one enabled again. (The privacy
        // module's job erases the due people from every module: SubjectAccessTests.)
        java.util.List<Long> due = erasure.disabledPastRetention(10_000).stream()
                .map(org.jumelage.people.StaffDirectory.StaffMember::accountId)
                .toList();
        assertThat(due).contains(old).doesNotContain(recent, back);

        // Once erased, it is no longer due.
        transactions.executeWithoutResult(
                status -> erasure.erase(accountRepository.findById(old).orElseThrow()));
        assertThat(row(old).get("username")).isEqualTo("erased-" + old);
        assertThat(row(old).get("erased_at")).isNotNull();
        assertThat(erasure.disabledPastRetention(10_000))
                .extracting(org.jumelage.people.StaffDirectory.StaffMember::accountId)
                .doesNotContain(old);
        assertThat(accounts.loadUser(recently)).isPresent();
    }

    @Test
    void theNamesOfErasedAccountsAreReserved() {
        assertThatThrownBy(() -> accounts.create(
                        "Erased-" + System.nanoTime(), "Somebody", null, Role.VIEWER, null, PASSWORD, false))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("account.error.usernameReserved");
    }

    @Test
    void anErasedAccountsNameStaysTakenAndItsSingleSignOnMakesNoNewAccount() throws Exception {
        String username = unique("pd-tomb");
        org.jumelage.people.ExternalIdentity identity = new org.jumelage.people.ExternalIdentity(
                "https://login.example.org", "subject-" + username, username, "Tom Stone", null, Role.VIEWER, null);
        long id = externalSignIns.signIn(identity).accountId();
        transactions.executeWithoutResult(
                status -> erasure.erase(accountRepository.findById(id).orElseThrow()));

        // The provider still accepts the person: no new account for them (the administrator's decision stands).
        assertThatThrownBy(() -> externalSignIns.signIn(identity))
                .isInstanceOf(org.jumelage.people.ExternalSignIns.Refused.class);
        // Nobody else takes the name either, in any case: records naming their author by it stay one person's.
        assertThatThrownBy(() -> accounts.create(
                        username.toUpperCase(java.util.Locale.ROOT), "Other", null, Role.VIEWER, null, PASSWORD, false))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("account.error.usernameTaken");
        // What stays of the erased account is a digest, not the name.
        assertThat(row(id).values()).noneMatch(value -> String.valueOf(value).contains(username));
    }

    @Test
    void theRecordSaysHowLongDisabledAccountsAreKept() {
        assertThat(personalData.processing())
                .extracting(processing -> processing.id())
                .containsExactly("accounts", "access-tokens", "failed-sign-ins");
        assertThat(personalData.processing().getFirst().erasure().de())
                .contains("2 Jahre")
                .contains("jumelage.people.disabled-retention");
        assertThat(personalData.processing().getFirst().erasure().en())
                .contains("2 years")
                .contains("jumelage.people.disabled-retention");
    }
}
