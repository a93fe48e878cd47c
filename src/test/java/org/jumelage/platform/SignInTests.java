package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jumelage.people.Role;
import org.jumelage.people.domain.Account;
import org.jumelage.people.domain.AccountService;
import org.jumelage.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Signing in and staying signed in: guessing is throttled per account and client address and per client address,
 * never for the account as a whole; concurrent failures are all counted; the password form counts too; a password
 * change ends the account's other sessions; a session has an absolute lifetime.
 */
@SpringBootTest(properties = "jumelage.security.session-lifetime=PT8H")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
class SignInTests {

    private static final String PASSWORD = "correct-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MutableClock clock;

    private Account account(String username) {
        accounts.create(username, username, null, Role.VIEWER, null, PASSWORD, false);
        return accounts.all().stream()
                .filter(account -> account.getUsername().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String client) {
        return BrowserSession.signIn(username, password, client);
    }

    private BrowserSession session(String username, String password, String client) throws Exception {
        BrowserSession session = new BrowserSession(mvc);
        session.perform(signIn(username, password, client)).andExpect(redirectedUrl("/office/start"));
        return session;
    }

    @Test
    void aClientThatGuessesWaitsWhileTheOwnerSignsInFromElsewhere() throws Exception {
        Account target = account("guessed-at");
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("guessed-at", "wrong-" + i, "198.51.100.66")).andExpect(redirectedUrl("/login?error"));
        }
        // Even the right password waits at the guessing client: it is not checked, and not counted again.
        mvc.perform(signIn("guessed-at", PASSWORD, "198.51.100.66")).andExpect(redirectedUrl("/login?throttled"));
        assertThat(accounts.recentFailedSignIns(target)).isEqualTo(5);
        // The owner, at their own address, is not locked out by the attacker.
        mvc.perform(signIn("guessed-at", PASSWORD, "198.51.100.7")).andExpect(redirectedUrl("/office/start"));
        // The page says why, in the person's language.
        mvc.perform(get("/login").param("throttled", "").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed sign-ins")));

        // The throttle lifts after its period, and an administrator can lift it at once.
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(signIn("guessed-at", PASSWORD, "198.51.100.66")).andExpect(redirectedUrl("/office/start"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("guessed-at", "wrong-" + i, "198.51.100.67")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn("guessed-at", PASSWORD, "198.51.100.67")).andExpect(redirectedUrl("/login?throttled"));
        accounts.enable(target.getId());
        mvc.perform(signIn("guessed-at", PASSWORD, "198.51.100.67")).andExpect(redirectedUrl("/office/start"));
    }

    @Test
    void attemptsFromOneClientAtTheSameMomentCannotSlipPastTheCount() throws Exception {
        Account target = account("rushed");
        int attempts = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<String> answers = new ArrayList<>();
        try {
            List<Future<String>> pending = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String password = "wrong-" + i;
                pending.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(signIn("rushed", password, "198.51.100.50"))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl();
                }));
            }
            start.countDown();
            for (Future<String> answer : pending) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // At most five passwords were checked; the rest waited, and no answer was an error.
        assertThat(answers).allMatch(to -> to.equals("/login?error") || to.equals("/login?throttled"));
        assertThat(answers.stream().filter("/login?error"::equals).count()).isBetween(1L, 5L);
        assertThat(accounts.recentFailedSignIns(target)).isBetween(1, 5);
    }

    @Test
    void anotherSpellingOfTheSameNameOrAnotherAddressOfTheSameNetworkIsTheSameAttempt() throws Exception {
        account("spelled");
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(i % 2 == 0 ? "SPELLED" : " spelled ", "wrong-" + i, "2001:db8:1:2::" + (i + 1)))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // The same network (an IPv6 /64), the name in its own spelling: waits.
        mvc.perform(signIn("spelled", PASSWORD, "2001:db8:1:2:ffff::9")).andExpect(redirectedUrl("/login?throttled"));
        // Another network: signs in.
        mvc.perform(signIn("spelled", PASSWORD, "2001:db8:1:3::1")).andExpect(redirectedUrl("/office/start"));
    }

    @Test
    void aClientThatTriesManyNamesWaitsForAllOfThem() throws Exception {
        account("someone-real");
        // Names that are no account count as one (what was typed is not stored: it may be a password).
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("no-such-name-" + i, "wrong", "198.51.100.99")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn("no-such-name-5", "wrong", "198.51.100.99")).andExpect(redirectedUrl("/login?throttled"));
        // Five failures on each of three more accounts: twenty in all from this client.
        for (int n = 0; n < 3; n++) {
            account("many-" + n);
            for (int i = 0; i < 5; i++) {
                mvc.perform(signIn("many-" + n, "wrong-" + i, "198.51.100.99"))
                        .andExpect(redirectedUrl("/login?error"));
            }
        }
        mvc.perform(signIn("someone-real", PASSWORD, "198.51.100.99")).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(signIn("someone-real", PASSWORD, "198.51.100.98")).andExpect(redirectedUrl("/office/start"));
    }

    @Test
    void thirtyFailedSignInsAtTheSameMomentAreAllCountedAndNoneFails() throws Exception {
        Account target = account("crowded");
        int attempts = 30;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String client = "203.0.113." + (i + 1);
                Callable<String> attempt = () -> {
                    start.await();
                    return mvc.perform(signIn("crowded", "wrong", client))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl();
                };
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo("/login?error");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(accounts.recentFailedSignIns(target)).isEqualTo(attempts);
        mvc.perform(signIn("crowded", PASSWORD, "203.0.113.200")).andExpect(redirectedUrl("/office/start"));
    }

    @Test
    void thePasswordFormCountsWrongPasswordsLikeTheLoginForm() throws Exception {
        Account target = account("changer");
        BrowserSession session = session("changer", PASSWORD, "198.51.100.20");
        for (int i = 0; i < 5; i++) {
            session.perform(changePassword("wrong-" + i, "198.51.100.20"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("nicht richtig")));
        }
        session.perform(changePassword(PASSWORD, "198.51.100.20"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Zu viele falsche Passwörter")));
        assertThat(accounts.recentFailedSignIns(target)).isEqualTo(5);
        // Still the old password: the throttled change did nothing.
        mvc.perform(signIn("changer", PASSWORD, "198.51.100.21")).andExpect(redirectedUrl("/office/start"));
        mvc.perform(signIn("changer", PASSWORD, "198.51.100.20")).andExpect(redirectedUrl("/login?throttled"));
    }

    private static MockHttpServletRequestBuilder changePassword(String current, String client) {
        return post("/office/password")
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", "a-new-password-2026")
                .param("repeatPassword", "a-new-password-2026")
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                });
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherSessionsButNotTheOneItWasMadeIn() throws Exception {
        account("two-places");
        BrowserSession desk = session("two-places", PASSWORD, "198.51.100.30");
        BrowserSession laptop = session("two-places", PASSWORD, "198.51.100.31");
        laptop.perform(get("/office/partnerships")).andExpect(status().isOk());

        // Within one millisecond, as on a fast database: the change is stamped no later than the session it was
        // made in.
        clock.setExactly(clock.instant().plusSeconds(1).plusNanos(700_000));
        desk.perform(changePassword(PASSWORD, "198.51.100.30")).andExpect(status().isFound());

        desk.perform(get("/office/partnerships")).andExpect(status().isOk());
        laptop.perform(get("/office/partnerships")).andExpect(redirectedUrl("/login?ended"));
        assertThat(laptop.hasCookie())
                .as("the ended session's cookie is cleared")
                .isFalse();
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverBusy() throws Exception {
        account("all-day");
        BrowserSession session = session("all-day", PASSWORD, "198.51.100.40");
        for (int hour = 0; hour < 8; hour++) {
            session.perform(get("/office/partnerships")).andExpect(status().isOk());
            clock.advance(Duration.ofMinutes(59));
        }
        clock.advance(Duration.ofMinutes(9));
        session.perform(get("/office/partnerships")).andExpect(redirectedUrl("/login?ended"));
    }
}
