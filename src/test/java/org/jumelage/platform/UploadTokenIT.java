package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jumelage.documents.TestFiles;
import org.jumelage.exchange.domain.NominationService;
import org.jumelage.people.Organisation;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The CSRF token never travels in an address, where logs, proxies and the Referer header would keep it: every page an
 * office member reaches carries it only in form bodies, and the container reads it from a multipart upload's body
 * before Spring Security checks it. Over real HTTP, because only the real server parses multipart requests as a
 * browser sends them. Its own application context (the browser tests' records stay untouched).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "jumelage.test.context=upload-token")
@ActiveProfiles("test")
class UploadTokenIT {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern LINK = Pattern.compile("\\b(?:href|hx-get)=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    NominationService nominations;

    @Autowired
    AccountService accounts;

    @Autowired
    Organisation organisation;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Warsaw's nomination accepted, so that there is a stay whose page has an upload form. */
    @BeforeEach
    void aStayAndASignedInOfficeMember() throws Exception {
        var admin = accounts.loadUser("admin").orElseThrow();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        long warsaw = organisation.unitByCode("WAW").orElseThrow().id();
        nominations.visible().stream()
                .filter(n -> n.getAdministrationId() == warsaw
                        && n.getStatus().name().equals("NOMINATED"))
                .findFirst()
                .ifPresent(n -> nominations.accept(
                        n.getId(),
                        n.getVersion(),
                        accounts.loadUser("editor").orElseThrow().accountId()));
        SecurityContextHolder.clearContext();

        String login = get("/login").body();
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin-demo-2026&_csrf="
                        + URLEncoder.encode(hidden(login, "_csrf"), StandardCharsets.UTF_8))));
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/office/start"));
    }

    @Test
    void noPageCarriesTheTokenInAnAddressAndEveryUploadFormCarriesItInItsBody() throws Exception {
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(
                List.of("/office/start", "/office/partnerships", "/office/activities", "/office/exchange/stays"));
        Set<String> uploadForms = new HashSet<>();
        while (!next.isEmpty() && seen.size() < 400) {
            String path = next.removeFirst();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> page = get(path);
            if (page.statusCode() != 200
                    || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            String html = page.body();
            assertThat(html).as(path).doesNotContain("_csrf=").doesNotContain("_csrf%3D");
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                if (form.group(1).contains("multipart/form-data")) {
                    assertThat(hidden(form.group(2), "_csrf"))
                            .as("token in the body of " + path)
                            .isNotBlank();
                    uploadForms.add(attribute(form.group(1), "action").replaceAll("\\d+", "{id}"));
                }
            }
            Matcher link = LINK.matcher(html);
            while (link.find()) {
                // One address per page: filters, months and pages of a list show the same template.
                String target = link.group(1).replaceFirst("[?#].*", "");
                if (target.startsWith("/office/") && !ignored(target)) {
                    next.addLast(target);
                }
            }
        }
        assertThat(uploadForms)
                .contains(
                        "/office/partnerships/{id}/instruments/{id}/document",
                        "/office/partnerships/{id}/instruments/new",
                        "/office/activities/{id}/documents",
                        "/office/exchange/stays/{id}/documents");
    }

    /** Downloads, exports and feeds are no pages. */
    private static boolean ignored(String target) {
        return target.contains("/document") || target.matches(".*\\.(csv|xlsx|ics|pdf)");
    }

    @Test
    void anUploadWithTheTokenInItsBodyIsAcceptedAndWithoutItRefused() throws Exception {
        for (String page : List.of(
                withUploadForm("/office/activities", "/office/activities/\\d+"),
                withUploadForm("/office/exchange/stays", "/office/exchange/stays/\\d+"),
                withUploadForm("/office/partnerships", "/office/partnerships/\\d+"))) {
            String form = uploadForm(get(page).body()).orElseThrow();
            Map<String, String> fields = new LinkedHashMap<>();
            String fileField = null;
            Matcher input = INPUT.matcher(form);
            while (input.find()) {
                String type = attribute(input.group(), "type");
                if (type.equals("hidden")) {
                    fields.put(attribute(input.group(), "name"), attribute(input.group(), "value"));
                } else if (type.equals("file")) {
                    fileField = attribute(input.group(), "name");
                }
            }
            fields.put("title", "Anreise");
            fields.put("kind", "OTHER");
            String action = attribute(form.substring(0, form.indexOf('>')), "action");

            Map<String, String> withoutToken = new LinkedHashMap<>(fields);
            withoutToken.remove("_csrf");
            assertThat(upload(action, withoutToken, fileField).statusCode())
                    .as("without the token: " + action)
                    .isEqualTo(403);

            HttpResponse<String> accepted = upload(action, fields, fileField);
            assertThat(accepted.statusCode()).as("with the token: " + action).isEqualTo(302);
            String back = accepted.headers().firstValue("Location").orElseThrow();
            assertThat(back).doesNotContain("/login").contains(page);
            assertThat(get(page).body()).as(page).contains("Anreise.pdf").doesNotContain("Anreise.cmd");
        }
    }

    private HttpResponse<String> upload(String action, Map<String, String> fields, String fileField)
            throws IOException, InterruptedException {
        String boundary = "----jumelage" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                        + "\"; filename=\"Anreise.cmd\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(TestFiles.pdf("Anreise"));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(action.replace("&amp;", "&")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The first record listed on {@code list} whose page has an upload form. */
    private String withUploadForm(String list, String pattern) throws IOException, InterruptedException {
        Matcher link =
                Pattern.compile("href=\"(" + pattern + ")\"").matcher(get(list).body());
        while (link.find()) {
            if (uploadForm(get(link.group(1)).body()).isPresent()) {
                return link.group(1);
            }
        }
        throw new AssertionError("no page with an upload form below " + list);
    }

    private static Optional<String> uploadForm(String html) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (form.group(1).contains("multipart/form-data")) {
                return Optional.of(form.group());
            }
        }
        return Optional.empty();
    }

    private static String hidden(String html, String name) {
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            if (name.equals(attribute(input.group(), "name"))) {
                return attribute(input.group(), "value");
            }
        }
        return "";
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1) : "";
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
