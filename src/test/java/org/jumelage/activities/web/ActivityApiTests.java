package org.jumelage.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/activities} on the demo data: only public activities, in pages with their links and total, by
 * start date either way, narrowed by partner city, type and years; conditional requests; a bad parameter is a problem
 * detail (RFC 9457), not a page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ActivityApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    private MvcResult fetch(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<Long> ids(JsonNode activities) {
        List<Long> ids = new ArrayList<>();
        activities.forEach(activity -> ids.add(activity.get("id").asLong()));
        return ids;
    }

    @Test
    void everyPublicActivityAndNoOtherPageByPage() throws Exception {
        List<Long> expected = jdbc.queryForList("select id from activity where public_visible = true", Long.class);
        assertThat(expected).hasSizeGreaterThan(2);
        MvcResult first = fetch("/api/v1/activities?size=2");
        assertThat(first.getResponse().getHeader("X-Total-Count")).isEqualTo(String.valueOf(expected.size()));
        assertThat(first.getResponse().getHeader("Link"))
                .contains("page=1>; rel=\"next\"")
                .contains("rel=\"first\"")
                .contains("rel=\"last\"");
        List<Long> seen = new ArrayList<>();
        for (int page = 0; page * 2 < expected.size(); page++) {
            JsonNode activities = body(fetch("/api/v1/activities?size=2&page=" + page));
            activities.forEach(activity -> {
                assertThat(activity.has("participants")).isFalse();
                assertThat(activity.has("lessonsWorked")).isFalse();
            });
            seen.addAll(ids(activities));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void earliestFirstUnlessDescending() throws Exception {
        JsonNode ascending = body(fetch("/api/v1/activities?size=200"));
        JsonNode descending = body(fetch("/api/v1/activities?size=200&descending=true"));
        List<String> starts = new ArrayList<>();
        ascending.forEach(activity -> starts.add(activity.get("startDate").asString()));
        assertThat(starts).isSorted();
        assertThat(descending.get(0).get("startDate").asString()).isEqualTo(starts.getLast());
    }

    @Test
    void narrowedByCityTypeAndYears() throws Exception {
        JsonNode paris = body(fetch("/api/v1/activities?city=paris&size=200"));
        assertThat(paris).isNotEmpty();
        paris.forEach(
                activity -> assertThat(activity.get("citySlugs").toString()).contains("\"paris\""));
        JsonNode all = body(fetch("/api/v1/activities?size=200"));
        String type = all.get(0).get("type").asString();
        body(fetch("/api/v1/activities?size=200&type=" + type))
                .forEach(activity -> assertThat(activity.get("type").asString()).isEqualTo(type));
        int year = Integer.parseInt(all.get(0).get("startDate").asString().substring(0, 4));
        JsonNode inYear = body(fetch("/api/v1/activities?size=200&from=" + year + "&to=" + year));
        assertThat(inYear).isNotEmpty();
        inYear.forEach(activity -> {
            assertThat(activity.get("startDate").asString().substring(0, 4)).isLessThanOrEqualTo(String.valueOf(year));
            assertThat(activity.get("endDate").asString().substring(0, 4)).isGreaterThanOrEqualTo(String.valueOf(year));
        });
        assertThat(body(fetch("/api/v1/activities?city=atlantis"))).isEmpty();
    }

    @Test
    void aClientThatAsksAgainGetsNotModified() throws Exception {
        for (String path : List.of("/api/v1/activities?size=5", "/api/v1/partnerships?size=5")) {
            MvcResult result = fetch(path);
            String etag = result.getResponse().getHeader("ETag");
            assertThat(etag).as(path).isNotBlank();
            // Kept by caches, but asked again before use (not Spring Security's no-store).
            assertThat(result.getResponse().getHeader("Cache-Control")).as(path).isEqualTo("no-cache");
            mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
        }
    }

    @Test
    void aBadParameterIsAProblemDetail() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/activities?type=PICNIC"))
                .andExpect(status().isBadRequest())
                .andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = body(result);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).contains("type=PICNIC");
        for (String bad : List.of("from=1000000000", "to=0", "page=2000000000")) {
            JsonNode answer = body(mvc.perform(get("/api/v1/activities?" + bad))
                    .andExpect(status().isBadRequest())
                    .andReturn());
            assertThat(answer.get("detail").asString()).as(bad).contains(bad);
        }
    }
}
