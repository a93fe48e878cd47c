package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jumelage.people.Role;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The audit trail of signing in and of denied access (ADR 0036), and its page for administrators: a refused and a
 * successful sign-in, a sign-out and a page the person's rights do not allow are entries with the person, the client's
 * address and the request's id; the administrator finds them by filter and downloads them; nobody else sees the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditedSecurityTests {

    private static final String PASSWORD = "correct-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private static MockHttpServletRequestBuilder signIn(String username, String password) {
        // As behind the trusted proxy, whose request id the entries carry.
        return BrowserSession.signIn(username, password, "192.0.2.17")
                .header("X-Request-Id", "audit-" + username)
                .requestAttr(RequestIds.FORWARDED, true);
    }

    private List<Map<String, Object>> entries(String actor) {
        return jdbc.queryForList(
                "select action, subject_type, subject_id, remote_address, request_id, after_values from audit_entry"
                        + " where actor = ? order by id",
                actor);
    }

    @Test
    void signingInWrongThenRightThenBeingDeniedAndSigningOutAreEntries() throws Exception {
        String username = "audit-viewer-" + Long.toString(System.nanoTime(), 36);
        accounts.create(username, "Audit Viewer", null, Role.VIEWER, null, PASSWORD, false);
        long accountId = accounts.loadUser(username).orElseThrow().accountId();

        mvc.perform(signIn(username, "wrong-password")).andExpect(redirectedUrl("/login?error"));
        BrowserSession session = new BrowserSession(mvc);
        session.perform(signIn(username, PASSWORD)).andExpect(redirectedUrl("/office/start"));
        // A viewer may not administer accounts, nor read the audit trail.
        session.perform(get("/office/accounts")).andExpect(status().isForbidden());
        session.perform(get("/office/audit")).andExpect(status().isForbidden());
        session.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));

        List<Map<String, Object>> entries = entries(username);
        assertThat(entries)
                .extracting(entry -> entry.get("action"))
                .containsExactly("SIGN_IN_FAILED", "SIGNED_IN", "ACCESS_DENIED", "ACCESS_DENIED", "SIGNED_OUT");
        Map<String, Object> failed = entries.get(0);
        assertThat(failed.get("remote_address")).isEqualTo("192.0.2.17");
        assertThat(failed.get("request_id")).isEqualTo("audit-" + username);
        assertThat((String) failed.get("after_values"))
                .contains("BadCredentials")
                .doesNotContain("wrong-password");
        assertThat(entries.get(1).get("subject_id")).isEqualTo(String.valueOf(accountId));
        assertThat(entries.get(2).get("subject_id")).isEqualTo("GET /office/accounts");
        assertThat(entries.get(3).get("subject_id")).isEqualTo("GET /office/audit");
    }

    @Test
    void theAdministratorFindsEntriesByFilterAndDownloadsThem() throws Exception {
        String username = "audit-found-" + Long.toString(System.nanoTime(), 36);
        accounts.create(username, "Audit Found", null, Role.VIEWER, null, PASSWORD, false);
        mvc.perform(signIn(username, "wrong-password")).andExpect(redirectedUrl("/login?error"));

        BrowserSession admin = new BrowserSession(mvc);
        admin.perform(signIn("admin", "admin-demo-2026")).andExpect(redirectedUrl("/office/start"));
        String page = admin.perform(get("/office/audit").param("actor", username))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Anmeldung fehlgeschlagen")
                .contains("192.0.2.17")
                .contains("Ein Eintrag gefunden");

        String csv = admin.perform(
                        get("/office/audit/export.csv").param("actor", username).param("action", "SIGN_IN_FAILED"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"audit.csv\""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("id,occurred_at,actor");
        assertThat(lines.get(1)).contains(username).contains("SIGN_IN_FAILED").contains("192.0.2.17");
    }

    @Test
    void aFilterThatCannotBeReadSaysWhyAndFindsNothing() throws Exception {
        BrowserSession admin = new BrowserSession(mvc);
        admin.perform(signIn("admin", "admin-demo-2026")).andExpect(redirectedUrl("/office/start"));
        String page = admin.perform(
                        get("/office/audit").param("from", "2026-12-06").param("to", "2026-12-01"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Das Ende des Zeitraums liegt vor seinem Anfang.")
                .contains("Keine Einträge gefunden");
        String wrongDate = admin.perform(get("/office/audit").param("from", "gestern"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(wrongDate).contains("Bitte geben Sie ein Datum in der Form 2027-03-10 an.");
        admin.perform(get("/office/audit/export.csv").param("action", "NOT_AN_ACTION"))
                .andExpect(status().isBadRequest());
    }
}
