package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.TokenScope;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.Csv;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API keeps its contract: every answer the OpenAPI description documents, for every operation, is requested for
 * real (on the demo data) and checked against the documented status, media type and JSON schema; a documented answer
 * without a request here, or an operation without a description of its answers, fails the test. Lists are also asked
 * for as CSV, whose columns must be the documented fields. The office's operations (ADR 0029) are asked with access
 * tokens and write, so the test has its own application context and database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@org.springframework.test.annotation.DirtiesContext(
        classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
class ApiContractTests {

    private static final String DOCS = "https://jumelage.invalid/v3/api-docs";

    /**
     * The request that gets each documented answer other than 200 (which is asked with the documented examples of
     * the path's parameters): "path status" → request.
     */
    private static final Map<String, String> ERRORS = Map.of(
            "/api/v1/partnerships 400", "/api/v1/partnerships?page=first",
            "/api/v1/activities 400", "/api/v1/activities?from=0",
            "/api/v1/cities 400", "/api/v1/cities?size=0",
            "/api/v1/cities/{slug} 404", "/api/v1/cities/atlantis",
            "/api/v1/programmes/{code} 404", "/api/v1/programmes/NONE");

    /**
     * The request that gets each documented answer of the office's operations: "method path status" → request,
     * given the operation's path with its examples filled in.
     */
    private Map<String, Request> office() {
        String partnership = "{\"nameDe\":\"Kontraktstadt\",\"nameEn\":\"Contract City\",\"countryCode\":\"FI\","
                + "\"type\":\"TECHNICAL_EXCHANGE\",\"status\":\"ACTIVE\",\"sinceYear\":2026,\"region\":false,"
                + "\"publicVisible\":false}";
        String activity = "{\"type\":\"SEMINAR\",\"level\":\"DEPARTMENT\",\"titleDe\":\"Vertragsseminar\","
                + "\"allDay\":true,\"startDate\":\"2027-05-03\",\"endDate\":\"2027-05-03\","
                + "\"timeZone\":\"Europe/Berlin\",\"networkIds\":[],\"cityIds\":[1],\"publicVisible\":false}";
        String partnerships = "/api/v1/office/partnerships";
        String activities = "/api/v1/office/activities";
        return Map.ofEntries(
                Map.entry("get " + partnerships + "/{id} 200", path -> get(path).with(token(read))),
                Map.entry("get " + partnerships + "/{id} 401", path -> get(path)),
                Map.entry(
                        "get " + partnerships + "/{id} 404",
                        path -> get(partnerships + "/99999999").with(token(read))),
                Map.entry(
                        "post " + partnerships + " 201",
                        path -> json(post(path), partnership).with(token(write))),
                Map.entry(
                        "post " + partnerships + " 400",
                        path -> json(post(path), "{}").with(token(write))),
                Map.entry("post " + partnerships + " 401", path -> json(post(path), partnership)),
                Map.entry(
                        "post " + partnerships + " 403",
                        path -> json(post(path), partnership).with(token(read))),
                Map.entry(
                        "put " + partnerships + "/{id} 200",
                        path -> json(put(path), current(path, null, 0)).with(token(write))),
                Map.entry(
                        "put " + partnerships + "/{id} 400",
                        path -> json(put(path), current(path, null, 0, body -> body.put("nameDe", " ")))
                                .with(token(write))),
                Map.entry("put " + partnerships + "/{id} 401", path -> json(put(path), current(path, null, 0))),
                Map.entry(
                        "put " + partnerships + "/{id} 403",
                        path -> json(put(path), current(path, null, 0)).with(token(read))),
                Map.entry(
                        "put " + partnerships + "/{id} 404",
                        path -> json(put(partnerships + "/99999999"), current(path, null, 0))
                                .with(token(write))),
                Map.entry(
                        "put " + partnerships + "/{id} 409",
                        path -> json(put(path), current(path, null, 1)).with(token(write))),
                Map.entry("get " + activities + "/{id} 200", path -> get(path).with(token(read))),
                Map.entry("get " + activities + "/{id} 401", path -> get(path)),
                Map.entry(
                        "get " + activities + "/{id} 404",
                        path -> get(activities + "/99999999").with(token(read))),
                Map.entry(
                        "post " + activities + " 201",
                        path -> json(post(path), activity).with(token(write))),
                Map.entry(
                        "post " + activities + " 400",
                        path -> json(post(path), "{}").with(token(write))),
                Map.entry("post " + activities + " 401", path -> json(post(path), activity)),
                Map.entry(
                        "post " + activities + " 403",
                        path -> json(post(path), activity).with(token(read))),
                Map.entry(
                        "put " + activities + "/{id} 200",
                        path -> json(put(path), current(path, "values", 0)).with(token(write))),
                Map.entry(
                        "put " + activities + "/{id} 400",
                        path -> json(put(path), current(path, "values", 0, body -> body.put("titleDe", " ")))
                                .with(token(write))),
                Map.entry("put " + activities + "/{id} 401", path -> json(put(path), current(path, "values", 0))),
                Map.entry(
                        "put " + activities + "/{id} 403",
                        path -> json(put(path), current(path, "values", 0)).with(token(read))),
                Map.entry(
                        "put " + activities + "/{id} 404",
                        path -> json(put(activities + "/99999999"), current(path, "values", 0))
                                .with(token(write))),
                Map.entry(
                        "put " + activities + "/{id} 409",
                        path -> json(put(path), current(path, "values", 1)).with(token(write))));
    }

    /** A request for one documented answer, given the operation's path with its examples. */
    @FunctionalInterface
    interface Request {
        MockHttpServletRequestBuilder at(String path) throws Exception;
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor token(String secret) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + secret);
            return request;
        };
    }

    /**
     * The record as read now (or its part {@code part}), as the body of an edit; {@code versionsBehind} 1 sends a
     * version that is not the saved one.
     */
    private String current(String path, String part, int versionsBehind) throws Exception {
        return current(path, part, versionsBehind, body -> {});
    }

    private String current(
            String path,
            String part,
            int versionsBehind,
            java.util.function.Consumer<tools.jackson.databind.node.ObjectNode> change)
            throws Exception {
        JsonNode record = json.readTree(mvc.perform(get(path).with(token(read)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        tools.jackson.databind.node.ObjectNode body =
                (tools.jackson.databind.node.ObjectNode) (part == null ? record : record.path(part));
        body.put("version", body.path("version").asLong() + versionsBehind);
        change.accept(body);
        return body.toString();
    }

    private String read;
    private String write;

    @org.junit.jupiter.api.BeforeEach
    void tokens() throws Exception {
        JumelageUser admin = accounts.loadUser("admin").orElseThrow();
        admin.eraseCredentials();
        read = org.jumelage.testing.Signed.in(
                        admin, () -> tokens.create("contract read", "admin", TokenScope.READ, null, null))
                .secret();
        write = org.jumelage.testing.Signed.in(
                        admin, () -> tokens.create("contract write", "admin", TokenScope.READ_WRITE, null, null))
                .secret();
    }

    @Autowired
    org.jumelage.people.domain.AccessTokenService tokens;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JsonMapper json;

    private JumelageUser viewer() {
        JumelageUser user = accounts.loadUser("viewer").orElseThrow();
        user.eraseCredentials();
        return user;
    }

    private JsonNode docs() throws Exception {
        String text = mvc.perform(get("/v3/api-docs").with(user(viewer())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(text);
    }

    private static String pointer(String... steps) {
        StringBuilder pointer = new StringBuilder("#");
        for (String step : steps) {
            pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    @Test
    void everyDocumentedAnswerIsTheRealOne() throws Exception {
        JsonNode docs = docs();
        SchemaRegistry schemas = SchemaRegistry.withDialect(
                docs.path("openapi").asString().startsWith("3.0") ? Dialects.getOpenApi30() : Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCS, docs.toString())));
        List<String> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Request> office = office();
        for (var path : docs.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                String method = operation.getKey();
                boolean ofOffice = path.getKey().startsWith("/api/v1/office/");
                assertThat(ofOffice || method.equals("get"))
                        .as("%s %s: the public API only reads", method, path.getKey())
                        .isTrue();
                JsonNode responses = operation.getValue().path("responses");
                assertThat(responses.has("200") || responses.has("201"))
                        .as("%s documents its answer", path.getKey())
                        .isTrue();
                String example = withExamples(path.getKey(), operation.getValue());
                for (var response : responses.properties()) {
                    String status = response.getKey();
                    String key = method + " " + path.getKey() + " " + status;
                    Request request = ofOffice
                            ? office.get(key)
                            : status.equals("200")
                                    ? any -> get(example)
                                    : ERRORS.containsKey(path.getKey() + " " + status)
                                            ? any -> get(ERRORS.get(path.getKey() + " " + status))
                                            : null;
                    assertThat(request)
                            .as("a request for the documented answer %s", key)
                            .isNotNull();
                    assertThat(response.getValue().path("content").isEmpty())
                            .as("%s documents what it answers", key)
                            .isFalse();
                    for (var content : response.getValue().path("content").properties()) {
                        MediaType type = MediaType.parseMediaType(content.getKey());
                        // A client asks for what it wants on success; an error answers as a problem detail.
                        MediaType asked = status.startsWith("2") ? type : MediaType.APPLICATION_JSON;
                        MockHttpServletResponse answer = mvc.perform(
                                        request.at(example).accept(asked))
                                .andReturn()
                                .getResponse();
                        assertThat(answer.getStatus())
                                .as("%s as %s: %s", key, type, answer.getContentAsString(StandardCharsets.UTF_8))
                                .isEqualTo(Integer.parseInt(status));
                        assertThat(MediaType.parseMediaType(answer.getContentType()))
                                .as(key)
                                .matches(actual -> actual.isCompatibleWith(type));
                        String text = answer.getContentAsString(StandardCharsets.UTF_8);
                        if (type.getSubtype().equals("csv")) {
                            problems.addAll(csvProblems(example, text, docs, response.getValue()));
                            problems.addAll(csvValues(example, text));
                            continue;
                        }
                        JsonNode body = json.readTree(text);
                        if (body.isArray()) {
                            assertThat(body)
                                    .as("%s has something to check", key)
                                    .isNotEmpty();
                        }
                        Schema schema = schemas.getSchema(SchemaLocation.of(DOCS
                                + pointer(
                                        "paths",
                                        path.getKey(),
                                        method,
                                        "responses",
                                        status,
                                        "content",
                                        content.getKey(),
                                        "schema")));
                        List<Error> errors = schema.validate(body);
                        if (!errors.isEmpty()) {
                            problems.add(key + ": " + errors);
                        }
                    }
                    checked.add(key);
                }
            }
        }
        assertThat(problems).as("answers that differ from their description").isEmpty();
        assertThat(checked)
                .as("every request here is for a documented answer")
                .containsAll(ERRORS.keySet().stream().map(key -> "get " + key).toList())
                .containsAll(office.keySet());
        assertThat(checked).contains("get /api/v1/cities 200", "get /api/v1/calls 200", "get /api/v1/activities 200");
    }

    /** The path with each path parameter's documented example: an operation without examples fails here. */
    private static String withExamples(String path, JsonNode operation) {
        String request = path;
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asString().equals("path")) {
                JsonNode example = parameter.has("example")
                        ? parameter.get("example")
                        : parameter.path("schema").path("example");
                assertThat(example.isMissingNode())
                        .as("%s documents an example of %s", path, parameter.path("name"))
                        .isFalse();
                request = request.replace("{" + parameter.path("name").asString() + "}", example.asString());
            }
        }
        return request;
    }

    /**
     * A list as CSV: a header of the documented fields of its JSON items (a nested object's as {@code outer.inner}),
     * and rows.
     */
    private static List<String> csvProblems(String request, String text, JsonNode docs, JsonNode response) {
        String ref = response.path("content")
                .path("application/json")
                .path("schema")
                .path("items")
                .path("$ref")
                .asString();
        JsonNode item = docs.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        TreeSet<String> documented = new TreeSet<>();
        item.path("properties").propertyNames().forEach(documented::add);
        List<List<String>> rows = Csv.parse(text);
        if (rows.size() < 2) {
            return List.of(request + " as CSV: no rows");
        }
        TreeSet<String> columns = new TreeSet<>();
        rows.getFirst()
                .forEach(column ->
                        columns.add(column.contains(".") ? column.substring(0, column.indexOf('.')) : column));
        return columns.equals(documented)
                ? List.of()
                : List.of(request + " as CSV: columns " + columns + ", documented " + documented);
    }

    /** Every top-level value of the CSV is the JSON answer's value, as text (numbers and signs unchanged). */
    private List<String> csvValues(String request, String csv) throws Exception {
        JsonNode items = json.readTree(mvc.perform(get(request).accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        List<List<String>> rows = Csv.parse(csv);
        List<String> header = rows.getFirst();
        List<String> problems = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            JsonNode item = items.get(r - 1);
            for (int c = 0; c < header.size(); c++) {
                JsonNode value = item.path(header.get(c));
                if (value.isValueNode() && !value.isNull()) {
                    String expected =
                            value.isString() ? org.jumelage.shared.Csv.text(value.asString()) : value.asString();
                    if (!expected.equals(rows.get(r).get(c))) {
                        problems.add(request + " as CSV, row " + r + ", " + header.get(c) + ": "
                                + rows.get(r).get(c) + " for " + value);
                    }
                }
            }
        }
        return problems;
    }

    @Test
    void aClientThatTakesAnythingGetsJsonAndAListAsCsvKeepsItsPaging() throws Exception {
        assertThat(mvc.perform(get("/api/v1/cities").accept(MediaType.ALL))
                        .andReturn()
                        .getResponse()
                        .getContentType())
                .startsWith("application/json");
        MockHttpServletResponse csv = mvc.perform(
                        get("/api/v1/cities?size=2&page=1").accept("text/csv"))
                .andReturn()
                .getResponse();
        assertThat(csv.getHeader("X-Total-Count")).isNotNull();
        assertThat(csv.getHeader("Link")).contains("rel=\"prev\"");
        List<List<String>> page = Csv.parse(csv.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).hasSize(3);
        // An empty page still names its columns: the same as a full one.
        List<List<String>> empty =
                Csv.parse(mvc.perform(get("/api/v1/cities?country=AQ").accept("text/csv"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(empty).containsExactly(page.getFirst());
        List<List<String>> partnerships =
                Csv.parse(mvc.perform(get("/api/v1/partnerships?size=1").accept("text/csv"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        List<List<String>> noPartnerships =
                Csv.parse(mvc.perform(get("/api/v1/partnerships?country=AQ").accept("text/csv"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(noPartnerships).containsExactly(partnerships.getFirst());
    }
}
