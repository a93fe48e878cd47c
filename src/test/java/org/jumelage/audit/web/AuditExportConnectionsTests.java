package org.jumelage.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP with a pool of two database connections: several administrators exporting the audit trail at once all
 * get the whole file. An export reads its rows through a cursor that holds a connection; the session (Spring Session
 * JDBC) is saved when the answer's head goes out, which takes another one. That used to happen in the middle of the
 * rows: with every connection held by an export, each waited for one that none gave back, until the pool's timeout
 * broke the files (found by bench/run on the network-scale data set with 32 connections).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=5000"
        })
@ActiveProfiles("test")
class AuditExportConnectionsTests {

    private static final int EXPORTS = 6;

    @LocalServerPort
    int port;

    private String address(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A client signed in as the demo administrator (its own session). */
    private HttpClient administrator() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(address("/login"))).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                .matcher(page);
        assertThat(token.find()).isTrue();
        String csrf = token.group(1) != null ? token.group(1) : token.group(2);
        HttpResponse<Void> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(address("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin-demo-2026&_csrf="
                                + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return http;
    }

    @Test
    void severalExportsAtOnceEachGetTheWholeFile() throws Exception {
        HttpClient one = administrator();
        String alone = one.send(
                        HttpRequest.newBuilder(URI.create(address("/office/audit/export.csv")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        // Larger than the answer's buffer: the head goes out before the last row.
        assertThat(alone.length()).isGreaterThan(64 * 1024);
        long rows = alone.lines().count();

        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < EXPORTS; i++) {
            clients.add(administrator());
        }
        List<CompletableFuture<HttpResponse<String>>> exports = new ArrayList<>();
        for (HttpClient client : clients) {
            exports.add(client.sendAsync(
                    HttpRequest.newBuilder(URI.create(address("/office/audit/export.csv")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> export : exports) {
            HttpResponse<String> answer = export.get();
            assertThat(answer.statusCode()).isEqualTo(200);
            // Every row the export had alone (sign-ins of this test may have added some since).
            assertThat(answer.body().lines().count()).isGreaterThanOrEqualTo(rows);
            assertThat(answer.body()).startsWith("id,occurred_at,actor");
        }
    }
}
