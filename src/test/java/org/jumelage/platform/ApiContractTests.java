package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API keeps its contract: every answer the OpenAPI description documents, for every operation, is
 * requested for real (on the demo data) and checked against the documented status, media type and JSON schema; a
 * documented answer without a request here, or an operation without a description of its answers, fails the test.
 * Lists are also asked for as CSV, whose columns must be the documented fields.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
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
        for (var path : docs.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                assertThat(operation.getKey())
                        .as("%s: the public API only reads", path.getKey())
                        .isEqualTo("get");
                JsonNode responses = operation.getValue().path("responses");
                assertThat(responses.has("200"))
                        .as("%s documents its answer", path.getKey())
                        .isTrue();
                for (var response : responses.properties()) {
                    String status = response.getKey();
                    String request = status.equals("200")
                            ? withExamples(path.getKey(), operation.getValue())
                            : ERRORS.get(path.getKey() + " " + status);
                    assertThat(request)
                            .as("a request for the documented answer %s of %s", status, path.getKey())
                            .isNotNull();
                    assertThat(response.getValue().path("content").isEmpty())
                            .as("%s %s documents what it answers", path.getKey(), status)
                            .isFalse();
                    for (var content : response.getValue().path("content").properties()) {
                        MediaType type = MediaType.parseMediaType(content.getKey());
                        // A client asks for what it wants on success; an error answers as a problem detail.
                        MediaType asked = status.startsWith("2") ? type : MediaType.APPLICATION_JSON;
                        MockHttpServletResponse answer = mvc.perform(
                                        get(request).accept(asked))
                                .andReturn()
                                .getResponse();
                        assertThat(answer.getStatus())
                                .as("%s as %s", request, type)
                                .isEqualTo(Integer.parseInt(status));
                        assertThat(MediaType.parseMediaType(answer.getContentType()))
                                .as(request)
                                .matches(actual -> actual.isCompatibleWith(type));
                        String text = answer.getContentAsString(StandardCharsets.UTF_8);
                        if (type.getSubtype().equals("csv")) {
                            problems.addAll(csvProblems(request, text, docs, response.getValue()));
                            problems.addAll(csvValues(request, text));
                            continue;
                        }
                        JsonNode body = json.readTree(text);
                        if (body.isArray()) {
                            assertThat(body)
                                    .as("%s has something to check", request)
                                    .isNotEmpty();
                        }
                        Schema schema = schemas.getSchema(SchemaLocation.of(DOCS
                                + pointer(
                                        "paths",
                                        path.getKey(),
                                        "get",
                                        "responses",
                                        status,
                                        "content",
                                        content.getKey(),
                                        "schema")));
                        List<Error> errors = schema.validate(body);
                        if (!errors.isEmpty()) {
                            problems.add(request + " → " + status + ": " + errors);
                        }
                    }
                    checked.add(path.getKey() + " " + status);
                }
            }
        }
        assertThat(problems).as("answers that differ from their description").isEmpty();
        assertThat(checked).as("every request here is for a documented answer").containsAll(ERRORS.keySet());
        assertThat(checked).contains("/api/v1/cities 200", "/api/v1/calls 200", "/api/v1/activities 200");
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
        assertThat(Csv.parse(csv.getContentAsString(StandardCharsets.UTF_8))).hasSize(3);
    }
}
