package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.TokenScope;
import org.jumelage.people.domain.AccessTokenService;
import org.jumelage.people.domain.AccountService;
import org.jumelage.search.domain.SearchIndexState;
import org.jumelage.testing.Signed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Who may call which address, for the whole application in one table: {@code authorization-matrix.txt} has a row for
 * every address and method the application's handler mappings answer, and for every row the expected answer for
 * each role, for the person's own records and for others' (their unit's, their own application, their partner
 * administration's). The test reads the handler mappings, so a new handler without a row fails it, as does a row
 * without a handler; then it calls every row as every role, each call in a transaction that is rolled back, so a
 * permitted change leaves nothing behind.
 *
 * <p>The answers: {@code A} allowed (whatever the handler makes of an empty form: a page, a redirect, a validation
 * error; never 5xx), {@code D} denied (403), {@code L} sign in first (a redirect to the login page, 401 for the API),
 * {@code N} not found (404, where a record's existence is not told to those who may not see it). {@code A/D} is own
 * record / other's record.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    /** The columns of the table: nobody signed in, then one demo account per role. */
    static final List<String> SUBJECTS = List.of("anon", "admin", "editor", "viewer", "staff", "hr", "paris");

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(?::[^}]*)?}");

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SearchIndexState searchIndex;

    /**
     * The variables for which the demo data (with this test's feedback message and saved report) holds no record,
     * for some person at least: nothing uploaded to an activity or a stay, no follow-up task, no participant or
     * programme item of the activity the editor's unit does not hold, no freed place offered, no follow-up of an
     * evaluation, no nomination by Paris's administration (nor one at a placement of another unit than the editor's),
     * no cost or evaluation of the planned stay (those of the completed stay are called), no edited site text.
     */
    static final Set<String> CALLED_WITHOUT_A_RECORD = Set.of(
            "/office/exchange/nominations/{id} {id}",
            "/office/exchange/nominations/{id}/accept {id}",
            "/office/exchange/nominations/{id}/decline {id}",
            "/office/exchange/nominations/{id}/withdraw {id}",
            "/office/exchange/stays/{id}/budget/costs/{costId}/delete {costId}",
            "/office/exchange/stays/{id}/evaluation/requests/{requestId}/publish {requestId}",
            "/office/texts/{key}/{locale}/versions/{id}/restore {id}",
            "/office/activities/{id}/documents/{documentId} {documentId}",
            "/office/activities/{id}/participants/{participantId}/remove {participantId}",
            "/office/activities/{id}/programme/{itemId}/remove {itemId}",
            "/office/activities/{id}/tasks/{taskId}/done {taskId}",
            "/office/exchange/applications/{id}/offers/{offerId} {offerId}",
            "/office/exchange/stays/{id}/documents/{documentId} {documentId}",
            "/office/exchange/stays/{id}/evaluation/follow-ups/{followUpId}/delete {followUpId}");

    private final Map<String, String> bearerTokens = new LinkedHashMap<>();
    private AuthorizationFixtures fixtures;
    private RolledBackCalls calls;

    @BeforeAll
    void tokensAndFixtures() {
        // Records the demo data lacks: a feedback message and the editor's saved report (whose deletion is the
        // maker's or an administrator's).
        jdbc.update("insert into feedback (received_at, locale, page, message, status, version)"
                + " values (current_timestamp, 'de', '/de/impressum', 'Matrix', 'NEW', 0)");
        jdbc.update("insert into saved_report (name, name_key, created_by, created_at, version)"
                + " values ('matrix report', 'matrix report', 'editor', current_timestamp, 0)");
        fixtures = new AuthorizationFixtures(jdbc);
        calls = new RolledBackCalls(mvc, transactions);
        // A token of the widest scope each account may hold (staff, HR and partner coordinators may hold none).
        bearerTokens.put("admin", token("admin", TokenScope.READ_WRITE));
        bearerTokens.put("editor", token("editor", TokenScope.READ_WRITE));
        bearerTokens.put("viewer", token("viewer", TokenScope.READ));
    }

    @AfterAll
    void nothingLeftBehind() {
        jdbc.update("delete from access_token where name like 'matrix %'");
        jdbc.update("delete from feedback where message = 'Matrix'");
        jdbc.update("delete from saved_report where name = 'matrix report'");
    }

    private String token(String username, TokenScope scope) {
        JumelageUser admin = accounts.loadUser("admin").orElseThrow();
        admin.eraseCredentials();
        try {
            return Signed.in(
                            admin,
                            () -> tokens.create(
                                    "matrix " + username,
                                    username,
                                    scope,
                                    LocalDate.now().plusDays(2),
                                    100_000))
                    .secret();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every method and address pattern the application's handler mappings answer. */
    Set<String> handledAddresses() {
        Set<String> addresses = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> handler :
                    mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = handler.getKey();
                Set<String> patterns = info.getPatternValues();
                var methods = info.getMethodsCondition().getMethods();
                for (String pattern : patterns) {
                    if (methods.isEmpty()) {
                        addresses.add("ANY " + pattern);
                    } else {
                        methods.forEach(method -> addresses.add(method.name() + " " + pattern));
                    }
                }
            }
        }
        return addresses;
    }

    record Row(String method, String pattern, Map<String, String> expected, int line) {
        String address() {
            return method + " " + pattern;
        }
    }

    static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorizationMatrixTests.class.getResourceAsStream("/authorization-matrix.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\s+");
                if (cells.length != 2 + SUBJECTS.size()) {
                    throw new IllegalStateException("authorization-matrix.txt line " + (i + 1) + ": expected "
                            + (2 + SUBJECTS.size()) + " columns, found " + cells.length + ": " + line);
                }
                Map<String, String> expected = new LinkedHashMap<>();
                for (int s = 0; s < SUBJECTS.size(); s++) {
                    String cell = cells[2 + s];
                    if (!cell.matches("[ADLN](/[ADLN])?")) {
                        throw new IllegalStateException(
                                "authorization-matrix.txt line " + (i + 1) + ": unknown answer " + cell);
                    }
                    expected.put(SUBJECTS.get(s), cell);
                }
                rows.add(new Row(cells[0], cells[1], expected, i + 1));
            }
        }
        return rows;
    }

    @Test
    void everyHandledAddressHasARowAndEveryRowAHandler() throws IOException {
        Set<String> handled = handledAddresses();
        Set<String> listed = new TreeSet<>();
        for (Row row : table()) {
            assertThat(listed.add(row.address()))
                    .as("authorization-matrix.txt lists %s twice", row.address())
                    .isTrue();
        }
        Set<String> missing = new TreeSet<>(handled);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(handled);
        assertThat(missing)
                .as("handlers without a row in authorization-matrix.txt: add each with its expected answers")
                .isEmpty();
        assertThat(stale)
                .as("rows in authorization-matrix.txt without a handler")
                .isEmpty();
    }

    @Test
    void everyRoleGetsTheAnswerTheTableGives() throws Exception {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Row row : table()) {
            for (String subject : SUBJECTS) {
                String[] answers = row.expected().get(subject).split("/");
                for (int variant = 0; variant < answers.length; variant++) {
                    boolean own = answers.length > 1 && variant == 0;
                    String path = fixtures.path(row.pattern(), subject, own);
                    MockHttpServletResponse response = call(row.method(), row.pattern(), path, subject);
                    calls++;
                    String actual = answerOf(path, response);
                    if (!actual.equals(answers[variant])) {
                        wrong.add(String.format(
                                "line %d: %s %s as %s%s: expected %s, got %s (%d%s%s)",
                                row.line(),
                                row.method(),
                                path,
                                subject,
                                answers.length > 1 ? (own ? " (own)" : " (other's)") : "",
                                answers[variant],
                                actual,
                                response.getStatus(),
                                response.getRedirectedUrl() == null ? "" : " → " + response.getRedirectedUrl(),
                                response.getErrorMessage() == null ? "" : " " + response.getErrorMessage()));
                    }
                }
            }
        }
        // The administrators' rebuild of the search index runs on a thread of its own, outside the rolled-back
        // transaction: it ends here, not in a later test class.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofMinutes(1))
                .until(() -> searchIndex.status() != SearchIndexState.Status.REBUILDING);
        assertThat(calls).isGreaterThan(1000);
        assertThat(wrong)
                .as("answers that differ from authorization-matrix.txt")
                .isEmpty();
        // Where the demo data has no record, a row is called with an id nobody has and tests only the answer for a
        // missing record: these, and no others (a new one fails here, and should rather get its record).
        assertThat(fixtures.missing())
                .as("addresses called with an id nobody has")
                .containsExactlyInAnyOrderElementsOf(CALLED_WITHOUT_A_RECORD);
    }

    /** The answer's letter: what a person or client sees of it. */
    static String answerOf(String path, MockHttpServletResponse response) {
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        if (status == 401 || (status == 302 && redirect != null && redirect.endsWith("/login"))) {
            return "L";
        }
        if (status == 403) {
            return "D";
        }
        if (status == 404) {
            return "N";
        }
        if (status >= 500) {
            return "5xx";
        }
        return "A";
    }

    private MockHttpServletResponse call(String method, String pattern, String path, String subject) {
        HttpMethod httpMethod = HttpMethod.valueOf(method.equals("ANY") ? "GET" : method);
        MockHttpServletRequestBuilder builder = request(httpMethod, path);
        boolean api = path.startsWith("/api/") || path.startsWith("/actuator/prometheus");
        if (api) {
            String secret = bearerTokens.get(subject);
            if (secret != null) {
                builder.header("Authorization", "Bearer " + secret);
            }
            if (!httpMethod.equals(HttpMethod.GET) && !httpMethod.equals(HttpMethod.HEAD)) {
                builder.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        } else {
            if (!subject.equals("anon")) {
                JumelageUser person = accounts.loadUser(subject).orElseThrow();
                builder.with(user(person));
            }
            if (!httpMethod.equals(HttpMethod.GET) && !httpMethod.equals(HttpMethod.HEAD)) {
                // The version every change of a record carries (optimistic locking), so that the handler gets as
                // far as asking for the right rather than stopping at a missing parameter.
                builder.with(csrf()).param("version", "0");
            }
            fixtures.parameters(pattern).forEach(builder::param);
            if (path.equals("/error")) {
                // As the servlet container forwards there after a failure.
                builder.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 404);
            }
        }
        return calls.perform(builder).response();
    }

    static String variables(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return String.join(",", names);
    }
}
