package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.TokenScope;
import org.jumelage.people.domain.AccessTokenService;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.RuleViolation;
import org.jumelage.testing.MutableClock;
import org.jumelage.testing.Signed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The office's machine clients (ADR 0029): access tokens made by administrators, stored as hashes, shown once; the
 * API under /api/v1/office reading and writing partnerships and activities by the forms' rules and with the token's
 * account's rights; revoked, expired and disabled tokens refused; a rate limit per token and per address. Its own
 * application context and database (it writes), with a clock of its own and a limit of 20 requests a minute.
 */
@SpringBootTest(properties = "jumelage.api.rate-limit.requests-per-minute=20")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OfficeApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    AccountService accounts;

    @Autowired
    RegistryService registry;

    @Autowired
    ActivityService activities;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MutableClock clock;

    private JumelageUser account(String username) {
        JumelageUser user = accounts.loadUser(username).orElseThrow();
        user.eraseCredentials();
        return user;
    }

    /** A new token for the account, made by the demo administrator; its secret. */
    private String token(String username, TokenScope scope, LocalDate expiresOn, Integer perMinute) throws Exception {
        return Signed.in(
                        account("admin"),
                        () -> tokens.create("test " + username + " " + scope, username, scope, expiresOn, perMinute))
                .secret();
    }

    private String token(String username, TokenScope scope) throws Exception {
        return token(username, scope, null, null);
    }

    private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, String secret) {
        return request.header("Authorization", "Bearer " + secret).with(remote("192.0.2.1"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor remote(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private Relationship firstWhere(JumelageUser user, boolean editable) throws Exception {
        return Signed.in(user, () -> {
            for (Relationship listed : registry.search(
                            new org.jumelage.partners.PartnershipQuery(
                                    null, null, null, null, null, null, null, null, null, 0, 200),
                            java.util.Locale.GERMAN)
                    .getContent()) {
                Relationship relationship = registry.get(listed.getId());
                if (registry.mayEdit(relationship) == editable) {
                    return relationship;
                }
            }
            throw new AssertionError("no relationship the account may " + (editable ? "" : "not ") + "edit");
        });
    }

    @Test
    void aTokenIsShownOnceAndOnlyItsHashIsKept() throws Exception {
        String secret = token("editor", TokenScope.READ);
        assertThat(secret).startsWith("jml_").hasSize(4 + 43);
        List<Map<String, Object>> rows = jdbc.queryForList("select * from access_token");
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            assertThat(row.values())
                    .allMatch(value -> value == null || !value.toString().contains(secret.substring(10)));
        }
        String hash = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_token where token_hash = ? and token_prefix = ?",
                        Long.class,
                        hash,
                        secret.substring(0, 10)))
                .isEqualTo(1L);
    }

    @Test
    void onlyAdministratorsMakeTokensAndEachScopeFitsItsAccount() throws Exception {
        assertThatThrownBy(() -> Signed.in(
                        account("editor"), () -> tokens.create("mine", "editor", TokenScope.READ, null, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> token("viewer", TokenScope.READ_WRITE))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("scope"));
        assertThatThrownBy(() -> token("staff", TokenScope.READ))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("token.error.role"));
        assertThatThrownBy(() -> token("nobody-here", TokenScope.READ))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("token.error.unknownAccount"));
        assertThatThrownBy(() -> token("editor", TokenScope.READ, LocalDate.now(clock), null))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("expiresOn"));
    }

    @Test
    void theOfficeApiNeedsATokenAndASessionDoesNotCount() throws Exception {
        long id = firstWhere(account("admin"), true).getId();
        MockHttpServletResponse none =
                send(get("/api/v1/office/partnerships/" + id).with(remote("192.0.2.2")));
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.getContentType()).startsWith("application/problem+json");
        // A signed-in browser's session opens nothing here: no page can be made to write through the API.
        BrowserSession session = new BrowserSession(mvc);
        session.perform(post("/login").with(csrf()).param("username", "admin").param("password", "admin-demo-2026"));
        assertThat(session.perform(get("/office/accounts"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("signed in")
                .isEqualTo(200);
        assertThat(session.perform(post("/api/v1/office/partnerships")
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        String read = token("viewer", TokenScope.READ);
        MockHttpServletResponse one = send(with(get("/api/v1/office/partnerships/" + id), read));
        assertThat(one.getStatus()).isEqualTo(200);
        assertThat(one.getHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(body(one).path("id").asLong()).isEqualTo(id);
        MockHttpServletResponse write = send(with(post("/api/v1/office/partnerships"), read)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"));
        assertThat(write.getStatus()).as("a read token does not write").isEqualTo(403);
        assertThat(body(write).path("status").asInt()).isEqualTo(403);
        assertThat(send(with(get("/api/v1/office/partnerships/99999999"), read)).getStatus())
                .isEqualTo(404);
        // The public API answers with or without a token; a token counts its requests for itself.
        assertThat(send(with(get("/api/v1/programmes"), read)).getHeader("X-RateLimit-Limit"))
                .isEqualTo("20");
    }

    @Test
    void aWriteTokenRecordsAndEditsAPartnershipByTheFormsRulesAndInItsAccountsUnit() throws Exception {
        String write = token("editor", TokenScope.READ_WRITE);
        long before = jdbc.queryForObject("select count(*) from relationship", Long.class);
        MockHttpServletResponse invalid = send(with(post("/api/v1/office/partnerships"), write)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameEn\":\"Porto\",\"countryCode\":\"XX\",\"type\":\"CITY_PARTNERSHIP\","
                        + "\"status\":\"ACTIVE\",\"sinceMonth\":13,\"latitude\":41.1}"));
        assertThat(invalid.getStatus()).isEqualTo(400);
        JsonNode problem = body(invalid);
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields)
                .as(invalid.getContentAsString(StandardCharsets.UTF_8))
                .contains("nameDe", "countryCode", "sinceMonth", "latitude", "sinceYear");
        assertThat(problem.path("errors").toString()).contains("Please");
        MockHttpServletResponse german = send(with(post("/api/v1/office/partnerships"), write)
                .header("Accept-Language", "de")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"CITY_PARTNERSHIP\",\"status\":\"ACTIVE\"}"));
        assertThat(body(german).path("errors").toString()).contains("Bitte");
        assertThat(jdbc.queryForObject("select count(*) from relationship", Long.class))
                .as("nothing saved")
                .isEqualTo(before);

        MockHttpServletResponse created = send(with(post("/api/v1/office/partnerships"), write)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameDe\":\"Porto\",\"nameEn\":\"Porto\",\"countryCode\":\"PT\","
                        + "\"type\":\"PROJECT_PARTNERSHIP\",\"status\":\"ACTIVE\",\"sinceYear\":2026,"
                        + "\"sinceMonth\":11,\"reason\":\"Project on river fronts\",\"publicVisible\":false,"
                        + "\"region\":false}"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        JsonNode record = body(created);
        long id = record.path("id").asLong();
        assertThat(created.getHeader("Location")).endsWith("/api/v1/office/partnerships/" + id);
        assertThat(record.path("statusSince").asString()).isEqualTo("2026-11");
        assertThat(record.path("updatedBy").asString()).isEqualTo("editor");
        Relationship saved = Signed.in(account("admin"), () -> registry.get(id));
        assertThat(saved.responsibleUnitIds())
                .as("the editor's unit holds it, as with the form")
                .contains(account("editor").unitId().orElseThrow());

        // Read, change, write back: the answer of a read is the body of an edit.
        ObjectNode edit = (ObjectNode) record;
        edit.put("notes", "Edited through the API");
        MockHttpServletResponse edited = send(with(put("/api/v1/office/partnerships/" + id), write)
                .contentType(MediaType.APPLICATION_JSON)
                .content(edit.toString()));
        assertThat(edited.getStatus()).as(edited.getContentAsString()).isEqualTo(200);
        assertThat(body(edited).path("notes").asString()).isEqualTo("Edited through the API");
        // The same edit again carries a version that is no longer the saved one: refused, nothing changed.
        edit.put("notes", "Overwritten?");
        MockHttpServletResponse stale = send(with(put("/api/v1/office/partnerships/" + id), write)
                .contentType(MediaType.APPLICATION_JSON)
                .content(edit.toString()));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(Signed.in(account("admin"), () -> registry.get(id)).getNotes())
                .isEqualTo("Edited through the API");
    }

    @Test
    void anAccountsRightsBoundItsToken() throws Exception {
        JumelageUser editor = account("editor");
        Relationship notTheirs = firstWhere(editor, false);
        String write = token("editor", TokenScope.READ_WRITE);
        JsonNode record = body(send(with(get("/api/v1/office/partnerships/" + notTheirs.getId()), write)));
        ((ObjectNode) record).put("notes", "Not mine to change");
        MockHttpServletResponse refused = send(with(put("/api/v1/office/partnerships/" + notTheirs.getId()), write)
                .contentType(MediaType.APPLICATION_JSON)
                .content(record.toString()));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(Signed.in(account("admin"), () -> registry.get(notTheirs.getId()))
                        .getVersion())
                .isEqualTo(notTheirs.getVersion());
    }

    @Test
    void aWriteTokenRecordsAndEditsAnActivityByTheFormsRules() throws Exception {
        String write = token("admin", TokenScope.READ_WRITE);
        long city = firstWhere(account("admin"), true).getCity().getId();
        MockHttpServletResponse invalid = send(with(post("/api/v1/office/activities"), write)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"WORKSHOP\",\"level\":\"DEPARTMENT\",\"titleDe\":\"Werkstatt\","
                        + "\"allDay\":true,\"startDate\":\"2027-03-10\",\"endDate\":\"2027-03-09\","
                        + "\"timeZone\":\"Europe/Nowhere\"}"));
        assertThat(invalid.getStatus()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        body(invalid)
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).contains("endDate", "timeZone", "cityIds");

        MockHttpServletResponse created = send(with(post("/api/v1/office/activities"), write)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"WORKSHOP\",\"level\":\"DEPARTMENT\",\"titleDe\":\"Werkstatt Klima\","
                        + "\"allDay\":false,\"startDate\":\"2027-03-10\",\"startTime\":\"09:30\","
                        + "\"endDate\":\"2027-03-10\",\"endTime\":\"16:00\",\"timeZone\":\"Europe/Berlin\","
                        + "\"publicVisible\":false,\"cityIds\":[" + city + "]}"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        JsonNode record = body(created);
        long id = record.path("id").asLong();
        assertThat(record.path("status").asString()).isEqualTo("PLANNED");
        assertThat(activities.get(id).getTitleDe()).isEqualTo("Werkstatt Klima");

        ObjectNode values = (ObjectNode) record.path("values");
        values.put("titleEn", "Climate workshop");
        MockHttpServletResponse edited = send(with(put("/api/v1/office/activities/" + id), write)
                .contentType(MediaType.APPLICATION_JSON)
                .content(values.toString()));
        assertThat(edited.getStatus()).as(edited.getContentAsString()).isEqualTo(200);
        assertThat(activities.get(id).getTitleEn()).isEqualTo("Climate workshop");
        values.put("titleEn", "Lost update?");
        assertThat(send(with(put("/api/v1/office/activities/" + id), write)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(values.toString()))
                        .getStatus())
                .isEqualTo(409);
        assertThat(activities.get(id).getTitleEn()).isEqualTo("Climate workshop");
    }

    @Test
    void revokedExpiredAndDisabledTokensNoLongerOpenTheApi() throws Exception {
        long id = firstWhere(account("admin"), true).getId();
        String revoked = token("viewer", TokenScope.READ);
        String expiring = token("viewer", TokenScope.READ, LocalDate.now(clock).plusDays(1), null);
        for (String secret : List.of(revoked, expiring)) {
            assertThat(send(with(get("/api/v1/office/partnerships/" + id), secret))
                            .getStatus())
                    .isEqualTo(200);
        }
        long tokenId = jdbc.queryForObject(
                "select id from access_token where token_prefix = ?", Long.class, revoked.substring(0, 10));
        long version = jdbc.queryForObject("select version from access_token where id = ?", Long.class, tokenId);
        Signed.in(account("admin"), () -> {
            tokens.revoke(tokenId, version);
            return null;
        });
        MockHttpServletResponse afterRevoke = send(with(get("/api/v1/office/partnerships/" + id), revoked));
        assertThat(afterRevoke.getStatus()).isEqualTo(401);
        assertThat(afterRevoke.getHeader("WWW-Authenticate")).contains("invalid_token");

        Instant now = clock.instant();
        clock.advance(Duration.ofDays(2));
        try {
            assertThat(send(with(get("/api/v1/office/partnerships/" + id), expiring))
                            .getStatus())
                    .as("past its end date")
                    .isEqualTo(401);
        } finally {
            clock.setExactly(now);
        }

        String ofEditor = token("editor", TokenScope.READ);
        long editorId = account("editor").accountId();
        jdbc.update("update account set enabled = false where id = ?", editorId);
        try {
            assertThat(send(with(get("/api/v1/office/partnerships/" + id), ofEditor))
                            .getStatus())
                    .as("its account disabled")
                    .isEqualTo(401);
        } finally {
            jdbc.update("update account set enabled = true where id = ?", editorId);
        }
        assertThat(send(with(get("/api/v1/office/partnerships/" + id), ofEditor))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aTokensLastUseIsRecordedAtMostOnceAMinute() throws Exception {
        String secret = token("viewer", TokenScope.READ);
        String prefix = secret.substring(0, 10);
        long id = firstWhere(account("admin"), true).getId();
        send(with(get("/api/v1/office/partnerships/" + id), secret));
        java.sql.Timestamp first = jdbc.queryForObject(
                "select last_used_at from access_token where token_prefix = ?", java.sql.Timestamp.class, prefix);
        assertThat(first).isNotNull();
        long version =
                jdbc.queryForObject("select version from access_token where token_prefix = ?", Long.class, prefix);
        clock.advance(Duration.ofSeconds(30));
        send(with(get("/api/v1/office/partnerships/" + id), secret));
        assertThat(jdbc.queryForObject(
                        "select last_used_at from access_token where token_prefix = ?",
                        java.sql.Timestamp.class,
                        prefix))
                .isEqualTo(first);
        clock.advance(Duration.ofSeconds(60));
        send(with(get("/api/v1/office/partnerships/" + id), secret));
        assertThat(jdbc.queryForObject(
                        "select last_used_at from access_token where token_prefix = ?",
                        java.sql.Timestamp.class,
                        prefix))
                .isAfter(first);
        assertThat(jdbc.queryForObject("select version from access_token where token_prefix = ?", Long.class, prefix))
                .as("a use is no edit: an administrator's revocation stays valid")
                .isEqualTo(version);
    }

    @Test
    void eachTokenAndEachAddressHasItsOwnLimit() throws Exception {
        String two = token("viewer", TokenScope.READ, null, 2);
        String other = token("viewer", TokenScope.READ);
        for (int i = 0; i < 2; i++) {
            assertThat(send(with(get("/api/v1/programmes"), two)).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse limited = send(with(get("/api/v1/programmes"), two));
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isEqualTo("30");
        assertThat(limited.getHeader("X-RateLimit-Limit")).isEqualTo("2");
        assertThat(body(limited).path("detail").asString()).contains("one token");
        // Another token from the same address is not limited by it.
        assertThat(send(with(get("/api/v1/programmes"), other)).getStatus()).isEqualTo(200);
        // A token that is not valid counts against its address: guessing is limited like any request.
        for (int i = 0; i < 20; i++) {
            assertThat(send(get("/api/v1/programmes")
                                    .header("Authorization", "Bearer jml_guess" + i)
                                    .with(remote("198.51.100.9")))
                            .getStatus())
                    .isEqualTo(401);
        }
        assertThat(send(get("/api/v1/programmes")
                                .header("Authorization", "Bearer jml_guess-more")
                                .with(remote("198.51.100.9")))
                        .getStatus())
                .isEqualTo(429);
        assertThat(send(get("/api/v1/programmes").with(remote("198.51.100.9"))).getStatus())
                .as("the address's own bucket is empty too")
                .isEqualTo(429);
    }

    @Test
    void aFormMakesOneTokenOnlyWhateverTheTiming() throws Exception {
        String formId = java.util.UUID.randomUUID().toString();
        Signed.in(account("admin"), () -> tokens.create("Formular 1", "viewer", TokenScope.READ, null, null, formId));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Signed.in(
                        account("admin"),
                        () -> tokens.create("Formular 2", "viewer", TokenScope.READ, null, null, formId)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(Signed.in(account("admin"), () -> tokens.madeWithForm(formId)))
                .isTrue();
    }

    @Test
    void administratorsListMakeAndRevokeTokensOnTheirPage() throws Exception {
        assertThat(send(get("/office/accounts/tokens").with(user(account("editor"))))
                        .getStatus())
                .isEqualTo(403);
        BrowserSession session = new BrowserSession(mvc);
        String formId = session.perform(get("/office/accounts/tokens/new").with(user(account("admin"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?s).*name=\"formId\" value=\"([0-9a-f-]+)\".*", "$1");
        assertThat(formId).hasSize(36);
        MockHttpServletResponse refused = session.perform(post("/office/accounts/tokens/new")
                        .with(user(account("admin")))
                        .with(csrf())
                        .param("formId", formId)
                        .param("name", "Analysis")
                        .param("username", "viewer")
                        .param("scope", "READ_WRITE")
                        .header("Accept-Language", "de"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("Ein Konto, das nur liest, bekommt kein Token zum Schreiben.");
        java.util.function.Supplier<MockHttpServletRequestBuilder> make = () -> post("/office/accounts/tokens/new")
                .with(user(account("admin")))
                .with(csrf())
                .param("formId", formId)
                .param("name", "Redaktionssystem")
                .param("username", "editor")
                .param("scope", "READ_WRITE")
                .param("requestsPerMinute", "600");
        long before = jdbc.queryForObject("select count(*) from access_token", Long.class);
        MockHttpServletResponse made = session.perform(make.get()).andReturn().getResponse();
        assertThat(made.getStatus()).isEqualTo(200);
        assertThat(made.getHeader("Cache-Control")).isEqualTo("no-store");
        String page = made.getContentAsString(StandardCharsets.UTF_8);
        String secret = page.replaceAll("(?s).*id=\"token-secret\"[^>]*>(jml_[A-Za-z0-9_-]+)<.*", "$1");
        assertThat(secret).startsWith("jml_").hasSize(47);
        // Reloading the answer sends the form again: it makes no second token.
        MockHttpServletResponse again = session.perform(make.get()).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from access_token", Long.class))
                .isEqualTo(before + 1);
        assertThat(send(with(get("/api/v1/office/activities/" + anyActivity()), secret))
                        .getStatus())
                .isEqualTo(200);

        // A double click: the same form sent twice at the same moment makes one token (the database's unique form id).
        String secondForm = session.perform(get("/office/accounts/tokens/new").with(user(account("admin"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?s).*name=\"formId\" value=\"([0-9a-f-]+)\".*", "$1");
        long beforeDouble = jdbc.queryForObject("select count(*) from access_token", Long.class);
        java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int click = 0; click < 2; click++) {
                answers.add(clicks.submit(() -> {
                    go.await();
                    return mvc.perform(post("/office/accounts/tokens/new")
                                    .cookie(session.cookie())
                                    .with(user(account("admin")))
                                    .with(csrf())
                                    .param("formId", secondForm)
                                    .param("name", "Doppelklick")
                                    .param("username", "viewer")
                                    .param("scope", "READ"))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8);
                }));
            }
            go.countDown();
            int secretsShown = 0;
            for (var answer : answers) {
                if (answer.get(30, java.util.concurrent.TimeUnit.SECONDS).contains("id=\"token-secret\"")) {
                    secretsShown++;
                }
            }
            assertThat(secretsShown).as("one answer shows a secret").isEqualTo(1);
        } finally {
            clicks.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from access_token", Long.class))
                .isEqualTo(beforeDouble + 1);

        String list = send(get("/office/accounts/tokens").with(user(account("admin"))))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list)
                .contains("Redaktionssystem")
                .contains(secret.substring(0, 10))
                .doesNotContain(secret);
        long tokenId = jdbc.queryForObject(
                "select id from access_token where token_prefix = ?", Long.class, secret.substring(0, 10));
        MockHttpServletResponse stale = send(post("/office/accounts/tokens/" + tokenId + "/revoke")
                .with(user(account("admin")))
                .with(csrf())
                .param("version", "99"));
        assertThat(stale.getStatus()).isEqualTo(302);
        assertThat(send(with(get("/api/v1/office/activities/" + anyActivity()), secret))
                        .getStatus())
                .as("a revocation of another version changes nothing")
                .isEqualTo(200);
        long version = jdbc.queryForObject("select version from access_token where id = ?", Long.class, tokenId);
        send(post("/office/accounts/tokens/" + tokenId + "/revoke")
                .with(user(account("admin")))
                .with(csrf())
                .param("version", String.valueOf(version)));
        assertThat(send(with(get("/api/v1/office/activities/" + anyActivity()), secret))
                        .getStatus())
                .isEqualTo(401);
    }

    @Test
    void endedTokensAreDeletedAfterTheirRetention() throws Exception {
        String secret = token("viewer", TokenScope.READ);
        String prefix = secret.substring(0, 10);
        long id = jdbc.queryForObject("select id from access_token where token_prefix = ?", Long.class, prefix);
        long version = jdbc.queryForObject("select version from access_token where id = ?", Long.class, id);
        Signed.in(account("admin"), () -> {
            tokens.revoke(id, version);
            return null;
        });
        String kept = token("viewer", TokenScope.READ);
        Instant now = clock.instant();
        clock.advance(Duration.ofDays(364));
        try {
            tokens.deleteEnded();
            assertThat(jdbc.queryForObject("select count(*) from access_token where id = ?", Long.class, id))
                    .isEqualTo(1L);
            clock.advance(Duration.ofDays(2));
            tokens.deleteEnded();
            assertThat(jdbc.queryForObject("select count(*) from access_token where id = ?", Long.class, id))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from access_token where token_prefix = ?",
                            Long.class,
                            kept.substring(0, 10)))
                    .as("a token in use is kept")
                    .isEqualTo(1L);
        } finally {
            clock.setExactly(now);
        }
    }

    @Test
    void aMachineClientsSlipIsRefusedNotSavedSilently() throws Exception {
        String write = token("admin", TokenScope.READ_WRITE);
        Relationship relationship = firstWhere(account("admin"), true);
        String path = "/api/v1/office/partnerships/" + relationship.getId();
        ObjectNode record = (ObjectNode) body(send(with(get(path), write)));
        long version = record.path("version").asLong();
        List<String> refusedFields = new ArrayList<>();

        ObjectNode misspelt = record.deepCopy();
        misspelt.remove("publicVisible");
        misspelt.put("publicVisibel", true);
        JsonNode problem = body(send(
                with(put(path), write).contentType(MediaType.APPLICATION_JSON).content(misspelt.toString())));
        problem.path("errors")
                .forEach(error -> refusedFields.add(error.path("field").asString()));
        assertThat(refusedFields).contains("publicVisible");
        assertThat(problem.path("errors").toString()).contains("publicVisibel");

        ObjectNode blank = record.deepCopy();
        blank.put("nameDe", "   ");
        blank.put("sinceYear", 2020);
        blank.put("cityId", relationship.getCity().getId() + 1);
        refusedFields.clear();
        body(send(with(put(path), write).contentType(MediaType.APPLICATION_JSON).content(blank.toString())))
                .path("errors")
                .forEach(error -> refusedFields.add(error.path("field").asString()));
        assertThat(refusedFields).contains("nameDe", "sinceYear", "cityId");

        ObjectNode tooLong = record.deepCopy();
        tooLong.put("wikidataId", "Q" + "1".repeat(30));
        refusedFields.clear();
        MockHttpServletResponse longAnswer = send(
                with(put(path), write).contentType(MediaType.APPLICATION_JSON).content(tooLong.toString()));
        assertThat(longAnswer.getStatus()).as("a rule, not a conflict").isEqualTo(400);
        body(longAnswer)
                .path("errors")
                .forEach(error -> refusedFields.add(error.path("field").asString()));
        assertThat(refusedFields).contains("wikidataId");

        ObjectNode wrongShape = record.deepCopy();
        wrongShape.put("latitude", "north");
        assertThat(body(send(with(put(path), write)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(wrongShape.toString())))
                        .path("errors")
                        .toString())
                .contains("latitude");
        assertThat(Signed.in(account("admin"), () -> registry.get(relationship.getId()))
                        .getVersion())
                .as("nothing saved")
                .isEqualTo(version);

        // Texts are trimmed as the form trims them.
        ObjectNode spaced = record.deepCopy();
        spaced.put("notes", "  With blanks around  ");
        assertThat(body(send(with(put(path), write)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(spaced.toString())))
                        .path("notes")
                        .asString())
                .isEqualTo("With blanks around");
    }

    @Test
    void errorsBeforeAHandlerAreProblemDetailsToo() throws Exception {
        String write = token("admin", TokenScope.READ_WRITE);
        MockHttpServletResponse method = send(with(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                        "/api/v1/office/partnerships/1"),
                write));
        assertThat(method.getStatus()).isEqualTo(405);
        assertThat(method.getContentType()).startsWith("application/problem+json");
        assertThat(method.getHeader("Allow")).contains("GET");
        MockHttpServletResponse type = send(with(post("/api/v1/office/activities"), write)
                .contentType(MediaType.TEXT_PLAIN)
                .content("title"));
        assertThat(type.getStatus()).isEqualTo(415);
        assertThat(type.getContentType()).startsWith("application/problem+json");
        MockHttpServletResponse nowhere = send(get("/api/v1/nowhere").with(remote("192.0.2.3")));
        assertThat(nowhere.getStatus()).isEqualTo(404);
        assertThat(body(nowhere).path("status").asInt()).isEqualTo(404);
        assertThat(send(post("/api/v1/programmes").with(remote("192.0.2.3"))).getStatus())
                .as("a public address takes no other method: 405, not a request for a token")
                .isEqualTo(405);
        assertThat(send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head("/api/v1/programmes")
                                .with(remote("192.0.2.3")))
                        .getStatus())
                .isEqualTo(200);
        String read = token("viewer", TokenScope.READ);
        assertThat(send(with(
                                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head(
                                        "/api/v1/office/activities/" + anyActivity()),
                                read))
                        .getStatus())
                .isEqualTo(200);
    }

    private long anyActivity() throws Exception {
        return Signed.in(
                account("admin"),
                () -> activities
                        .search(org.jumelage.activities.domain.ActivityQuery.all())
                        .getContent()
                        .getFirst()
                        .getId());
    }
}
