package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in with the city's identity provider (ADR 0034), against a real OpenID Connect server started by the test
 * (mock-oauth2-server): the authorization code flow through the browser's redirects, the ID token checked against
 * the provider's keys. Groups map to roles, a claim to the unit; the first sign-in makes the account, a later one
 * updates it; refusals come back to the login page with their reason and change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CitySignInTests {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.client.registration.city.client-id", () -> "jumelage");
        properties.add("spring.security.oauth2.client.registration.city.client-secret", () -> "test-secret");
        properties.add("spring.security.oauth2.client.registration.city.client-name", () -> "Berlin-Konto");
        properties.add("spring.security.oauth2.client.registration.city.scope", () -> "openid,profile,email");
        properties.add(
                "spring.security.oauth2.client.provider.city.issuer-uri",
                () -> PROVIDER.issuerUrl("city").toString());
        properties.add("jumelage.oidc.roles.editor", () -> "jumelage-editors");
        properties.add("jumelage.oidc.roles.viewer", () -> "jumelage-readers,senatskanzlei");
        properties.add("jumelage.oidc.unit-claim", () -> "department");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .build();
    }

    /** A new browser that follows every redirect, keeps cookies, and ends where the sign-in sends it. */
    private HttpResponse<String> signInAs(String subject, Map<String, Object> claims) throws Exception {
        return signInAs(browser(), subject, claims);
    }

    private HttpResponse<String> signInAs(HttpClient browser, String subject, Map<String, Object> claims)
            throws Exception {
        PROVIDER.enqueueCallback(
                new DefaultOAuth2TokenCallback("city", subject, "JWT", List.of("jumelage"), claims, 3600));
        return get(browser, "/oauth2/authorization/city");
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String page(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private Map<String, Object> account(String username) {
        return jdbc.queryForMap(
                "select a.display_name, a.email, a.role, u.code, a.oidc_issuer, a.oidc_subject"
                        + " from account a left join org_unit u on u.id = a.unit_id where a.username = ?",
                username);
    }

    @Test
    void theLoginPageOffersTheCitysAccount() throws Exception {
        assertThat(page("/login?lang=en"))
                .contains("href=\"/oauth2/authorization/city\"")
                .contains("Sign in with Berlin-Konto");
    }

    @Test
    void theFirstSignInMakesTheAccountAndALaterOneUpdatesIt() throws Exception {
        String subject = UUID.randomUUID().toString();
        HttpResponse<String> first = signInAs(
                subject,
                Map.of(
                        "preferred_username", "e.liaison",
                        "name", "Erika Verbindung",
                        "email", "erika.verbindung@berlin.example",
                        "groups", List.of("alle-beschaeftigten", "jumelage-editors"),
                        "department", "SENUVK"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.uri().toString()).endsWith("/office");
        assertThat(first.body()).contains("Erika Verbindung");
        assertThat(account("e.liaison"))
                .containsEntry("display_name", "Erika Verbindung")
                .containsEntry("email", "erika.verbindung@berlin.example")
                .containsEntry("role", "EDITOR")
                .containsEntry("code", "SENUVK")
                .containsEntry("oidc_issuer", PROVIDER.issuerUrl("city").toString())
                .containsEntry("oidc_subject", subject);

        // Moved to the Senate Chancellery's readers, married, new address: the provider is the source.
        HttpResponse<String> later = signInAs(
                subject,
                Map.of(
                        "preferred_username", "e.liaison",
                        "name", "Erika Neumann",
                        "email", "erika.neumann@berlin.example",
                        "groups", List.of("senatskanzlei"),
                        "department", "SKZL-EUI"));
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(account("e.liaison"))
                .containsEntry("display_name", "Erika Neumann")
                .containsEntry("email", "erika.neumann@berlin.example")
                .containsEntry("role", "VIEWER")
                .containsEntry("code", "SKZL-EUI");
        assertThat(jdbc.queryForObject("select count(*) from account where oidc_subject = ?", Integer.class, subject))
                .isEqualTo(1);
    }

    @Test
    void aPersonWithoutAGroupOfJumelageIsRefusedAndNoAccountIsMade() throws Exception {
        HttpResponse<String> refused = signInAs(
                UUID.randomUUID().toString(),
                Map.of("preferred_username", "n.outsider", "name", "Nora Außen", "groups", List.of("kantine")));
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.uri().getQuery()).isEqualTo("oidc=noRole");
        assertThat(refused.body()).contains("gehört zu keiner Gruppe, die Jumelage nutzen darf");
        assertThat(jdbc.queryForObject("select count(*) from account where username = 'n.outsider'", Integer.class))
                .isZero();
    }

    @Test
    void theProviderCannotTakeOverAnAccountOfTheSameNameNorSignInADisabledOne() throws Exception {
        HttpResponse<String> takeover = signInAs(
                UUID.randomUUID().toString(),
                Map.of("preferred_username", "admin", "name", "Falscher Admin", "groups", List.of("jumelage-readers")));
        assertThat(takeover.uri().getQuery()).isEqualTo("oidc=usernameTaken");
        assertThat(account("admin")).containsEntry("oidc_subject", null).containsEntry("role", "ADMIN");

        String subject = UUID.randomUUID().toString();
        Map<String, Object> claims = Map.of(
                "preferred_username", "d.disabled", "name", "Dora Deaktiviert", "groups", List.of("jumelage-readers"));
        assertThat(signInAs(subject, claims).uri().getPath()).isEqualTo("/office");
        jdbc.update("update account set enabled = false where username = 'd.disabled'");
        HttpResponse<String> disabled = signInAs(subject, claims);
        assertThat(disabled.uri().getQuery()).isEqualTo("oidc=disabled");
        assertThat(disabled.body()).contains("ist deaktiviert");
    }

    @Test
    void anUnknownReasonInTheAddressShowsTheGeneralMessage() throws Exception {
        assertThat(page("/login?oidc=__$%7BT(java)%7D"))
                .contains("Die Anmeldung mit dem Konto der Stadt ist fehlgeschlagen");
    }

    @Test
    void namesThatLookLikeAnotherOrDifferOnlyInCaseAndUnknownUnitsAreRefused() throws Exception {
        assertThat(signInAs(
                                UUID.randomUUID().toString(),
                                Map.of("preferred_username", "Admin", "groups", List.of("jumelage-readers")))
                        .uri()
                        .getQuery())
                .isEqualTo("oidc=usernameTaken");
        // A Cyrillic "а": it would show as "admin" in every list.
        HttpResponse<String> lookalike = signInAs(
                UUID.randomUUID().toString(),
                Map.of("preferred_username", "\u0430dmin", "groups", List.of("jumelage-readers")));
        assertThat(lookalike.uri().getQuery()).isEqualTo("oidc=badUsername");
        assertThat(lookalike.body()).contains("einen Benutzernamen, den Jumelage nicht annimmt");
        assertThat(signInAs(
                                UUID.randomUUID().toString(),
                                Map.of(
                                        "preferred_username", "u.unit",
                                        "groups", List.of("jumelage-readers"),
                                        "department", "NO-SUCH-UNIT"))
                        .uri()
                        .getQuery())
                .isEqualTo("oidc=unknownUnit");
        assertThat(jdbc.queryForObject(
                        "select count(*) from account where username in ('u.unit', 'Admin') or username like '%dmin'"
                                + " and username <> 'admin'",
                        Integer.class))
                .isZero();
    }

    @Test
    void theSessionHoldsTheAccountWithoutItsPasswordAndEndsWhenTheAccountIsDisabledHere() throws Exception {
        HttpClient browser = browser();
        String cookie =
                get(browser, "/login").headers().firstValue("Set-Cookie").orElseThrow();
        java.util.regex.Matcher value =
                java.util.regex.Pattern.compile("SESSION=([^;]+)").matcher(cookie);
        assertThat(value.find()).isTrue();
        String before = new String(java.util.Base64.getDecoder().decode(value.group(1)), StandardCharsets.UTF_8);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where session_id = ?", Integer.class, before))
                .as("the login page's session")
                .isEqualTo(1);
        HttpResponse<String> signedIn = signInAs(
                browser,
                UUID.randomUUID().toString(),
                Map.of(
                        "preferred_username",
                        "s.session",
                        "name",
                        "Sina Sitzung",
                        "groups",
                        List.of("jumelage-readers")));
        assertThat(signedIn.uri().getPath()).isEqualTo("/office");
        String sessionId = jdbc.queryForObject(
                "select session_id from spring_session where principal_name = 's.session'", String.class);
        assertThat(sessionId).as("a new session id at sign-in").isNotEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where session_id = ?", Integer.class, before))
                .isZero();
        byte[] stored = jdbc.queryForObject(
                "select a.attribute_bytes from spring_session_attributes a join spring_session s"
                        + " on s.primary_id = a.session_primary_id where s.principal_name = 's.session'"
                        + " and a.attribute_name = 'SPRING_SECURITY_CONTEXT'",
                byte[].class);
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(stored))) {
            var context = (org.springframework.security.core.context.SecurityContext) in.readObject();
            assertThat(context.getAuthentication().getPrincipal())
                    .isInstanceOfSatisfying(org.jumelage.people.JumelageUser.class, user -> {
                        assertThat(user.getUsername()).isEqualTo("s.session");
                        assertThat(user.getPassword()).isNull();
                    });
        }

        jdbc.update("update account set enabled = false where username = 's.session'");
        HttpResponse<String> next = get(browser, "/office/partnerships");
        assertThat(next.uri().toString()).endsWith("/login?expired");
    }
}
