package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP, as behind a proxy that ends TLS on the same machine: the forwarded scheme makes the session cookie
 * Secure and brings HSTS, the forwarded client address is the one that sign-in throttling counts; without those
 * headers neither happens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForwardedHeadersTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> get(String path, boolean viaTls) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (viaTls) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestThatReachedTheProxyOverHttpsGetsSecureCookiesAndHsts() throws Exception {
        HttpResponse<String> forwarded = get("/login", true);
        assertThat(forwarded.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(forwarded.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").containsIgnoringCase("; Secure"));

        HttpResponse<String> plain = get("/login", false);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie"))
                .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("; Secure"));
    }

    @Test
    void forwardedHeadersFromAnAddressThatIsNoTrustedProxyAreIgnored() throws Exception {
        String head = fromAnotherAddress("X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.10\r\n");
        assertThat(head).startsWith("HTTP/1.1 200");
        assertThat(head).doesNotContainIgnoringCase("Strict-Transport-Security");
        assertThat(head).doesNotContainIgnoringCase("; Secure");
    }

    /**
     * The head of the answer to {@code GET /login} with these header lines, sent from another loopback address than
     * the trusted proxy's 127.0.0.1: as a client on the network would send it.
     */
    private String fromAnotherAddress(String headerLines) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.getOutputStream()
                    .write(("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headerLines + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String head = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return head.substring(0, head.indexOf("\r\n\r\n"));
        }
    }

    @Test
    void theForwardedClientAddressIsTheOneThrottlingCounts() throws Exception {
        HttpResponse<String> page = get("/login", true);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                .matcher(page.body());
        assertThat(token.find()).isTrue();
        String csrf = token.group(1) != null ? token.group(1) : token.group(2);

        HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.9")
                .POST(HttpRequest.BodyPublishers.ofString("username=forwarded-nobody&password=wrong&_csrf="
                        + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> answer = http.send(login, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_failure where client = ?", Integer.class, "203.0.113.9"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where client like '127.%'", Integer.class))
                .isZero();
    }

    @Test
    void aRequestIdIsTakenFromTheTrustedProxyOnlyNeverFromAClient() throws Exception {
        HttpRequest.Builder viaProxy = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("X-Forwarded-For", "203.0.113.11")
                .header("X-Request-Id", "proxy-id-42");
        assertThat(http.send(viaProxy.build(), HttpResponse.BodyHandlers.discarding())
                        .headers()
                        .firstValue("X-Request-Id"))
                .hasValue("proxy-id-42");
        // From an address that is no trusted proxy (a client on the network), forwarded headers and all: a new id.
        String head = fromAnotherAddress("X-Forwarded-For: 203.0.113.12\r\nX-Request-Id: forged-id-42\r\n");
        assertThat(head).containsPattern("(?i)X-Request-Id: [0-9a-f-]{36}").doesNotContain("forged-id-42");
    }
}
