package org.jumelage.publicweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.activities.ActivityStatus;
import org.jumelage.activities.ActivityType;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.shared.Csv;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open datasets on the demo data: the documented columns in order, exactly the published partnerships and public
 * activities, GeoJSON in WGS 84 (longitude first), conditional requests, every code a column documents, and no
 * personal data or internal note in any of them, checked value by value against the columns that hold such data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MessageSource messages;

    private MvcResult fetch(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
    }

    private String text(String path) throws Exception {
        return fetch(path).getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePartnershipsAreEveryPublishedOneWithTheDocumentedColumns() throws Exception {
        MvcResult result = fetch("/open-data/partnerships.csv");
        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("partnerships.csv");
        List<List<String>> rows = Csv.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(rows.getFirst()).isEqualTo(OpenDataSets.PARTNERSHIP_COLUMNS);
        List<Long> published =
                jdbc.queryForList("select id from relationship where public_visible = true order by id", Long.class);
        assertThat(published).isNotEmpty();
        assertThat(rows.subList(1, rows.size()))
                .extracting(row -> Long.valueOf(row.getFirst()))
                .containsExactlyInAnyOrderElementsOf(published);
        List<String> moscow = rows.stream()
                .filter(row -> row.get(2).equals("Moscow"))
                .findFirst()
                .orElseThrow();
        assertThat(moscow.get(5)).isEqualTo("RU");
        assertThat(moscow.get(9)).isEqualTo("DORMANT");
        assertThat(moscow.get(10)).startsWith("2022");
        assertThat(moscow.get(17)).endsWith("/en/city-partnerships/moscow");
        assertThat(moscow.get(16)).endsWith("/de/staedtepartnerschaften/moskau");
    }

    @Test
    void theGeoJsonHasAPointPerPartnershipLongitudeFirst() throws Exception {
        MvcResult result = fetch("/open-data/partnerships.geojson");
        assertThat(result.getResponse().getContentType()).isEqualTo("application/geo+json;charset=UTF-8");
        JsonNode collection = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        long published =
                jdbc.queryForObject("select count(*) from relationship where public_visible = true", Long.class);
        assertThat(collection.get("features").size()).isEqualTo((int) published);
        JsonNode paris = null;
        for (JsonNode feature : collection.get("features")) {
            assertThat(feature.get("properties").propertyNames()).allMatch(OpenDataSets.PARTNERSHIP_COLUMNS::contains);
            if ("Paris".equals(feature.get("properties").get("city_en").asString())) {
                paris = feature;
            }
        }
        assertThat(paris).isNotNull();
        assertThat(paris.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(paris.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(2.3522);
        assertThat(paris.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(48.8566);
    }

    @Test
    void theActivitiesAreEveryPublicOneAndNoOther() throws Exception {
        List<List<String>> rows = Csv.parse(text("/open-data/activities.csv"));
        assertThat(rows.getFirst()).isEqualTo(OpenDataSets.ACTIVITY_COLUMNS);
        List<Long> shown = rows.subList(1, rows.size()).stream()
                .map(row -> Long.valueOf(row.getFirst()))
                .toList();
        assertThat(shown).isNotEmpty();
        assertThat(shown)
                .containsExactlyInAnyOrderElementsOf(
                        jdbc.queryForList("select id from activity where public_visible = true", Long.class));
    }

    @Test
    void aHarvesterThatAsksAgainGetsNotModifiedUntilTheDataChanges() throws Exception {
        for (String path : List.of(
                "/open-data/partnerships.csv",
                "/open-data/partnerships.geojson",
                "/open-data/activities.csv",
                "/open-data/catalog.ttl")) {
            String etag = fetch(path).getResponse().getHeader("ETag");
            assertThat(etag).as(path).isNotBlank();
            mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
        }
    }

    /** A change of any activity (its module moves the counter with every change) gives every dataset a new ETag. */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void aChangeGivesTheDatasetsANewEtag() throws Exception {
        String etag = fetch("/open-data/activities.csv").getResponse().getHeader("ETag");
        jdbc.update("update change_counter set changes = changes + 1 where topic = 'activities'");
        MvcResult again = mvc.perform(get("/open-data/activities.csv").header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(again.getResponse().getHeader("ETag")).isNotBlank().isNotEqualTo(etag);
    }

    @Test
    void everyCodeOfACodedColumnIsDocumentedInBothLanguages() {
        Map<String, List<String>> coded = Map.of(
                "opendata.partnerships.column.type", names(RelationshipType.values()),
                "opendata.partnerships.column.status", names(RelationshipStatus.values()),
                "opendata.activities.column.type", names(ActivityType.values()),
                "opendata.activities.column.status", names(ActivityStatus.values()));
        coded.forEach((key, codes) -> {
            for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                assertThat(messages.getMessage(key, null, locale)).as(key).contains(codes);
            }
        });
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            OpenDataSets.PARTNERSHIP_COLUMNS.forEach(
                    column -> assertThat(messages.getMessage("opendata.partnerships.column." + column, null, locale))
                            .isNotBlank());
            OpenDataSets.ACTIVITY_COLUMNS.forEach(
                    column -> assertThat(messages.getMessage("opendata.activities.column." + column, null, locale))
                            .isNotBlank());
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    /**
     * Every value of every column that holds a person's data or an internal note (accounts, participants and their
     * needs, contacts, notes, outcomes and lessons, applicants, guests, feedback senders) is absent from every
     * dataset and the catalogue. Values shorter than six characters are left out (they occur in any text).
     */
    @Test
    void noPersonalDataAndNoInternalNoteIsInAnyDataset() throws Exception {
        String published = text("/open-data/partnerships.csv")
                + text("/open-data/partnerships.geojson")
                + text("/open-data/activities.csv")
                + text("/open-data/catalog.ttl");
        Map<String, List<String>> personal = Map.of(
                "account", List.of("display_name", "email"),
                "participant", List.of("display_name", "name_original", "email", "needs", "function_title"),
                "contact", List.of("name", "email", "phone"),
                "relationship", List.of("notes"),
                "activity",
                        List.of(
                                "outcome_summary",
                                "outcome_results",
                                "lessons_worked",
                                "lessons_not_worked",
                                "lessons_recommendation"),
                "exchange_application", List.of("applicant_name", "applicant_email"),
                "exchange_stay", List.of("guest_name"),
                "nomination", List.of("guest_name", "guest_email"),
                "feedback", List.of("sender_name", "sender_email"));
        List<String> checked = new ArrayList<>();
        personal.forEach((table, columns) -> columns.forEach(column -> {
            for (String value : jdbc.queryForList("select " + column + " from " + table, String.class)) {
                if (value != null && value.strip().length() >= 6) {
                    assertThat(published).as("%s.%s", table, column).doesNotContain(value.strip());
                    checked.add(table + "." + column);
                }
            }
        }));
        // The demo data has such values: a check over empty columns would prove nothing.
        assertThat(checked)
                .contains(
                        "account.display_name",
                        "participant.display_name",
                        "contact.name",
                        "relationship.notes",
                        "activity.lessons_worked");
    }

    /**
     * A public activity may name a partner city whose relationships are not published: the public site leaves it out,
     * and so must the datasets and the API (which must not even tell that the registry knows it).
     */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void aCityThePublicSiteDoesNotShowIsNamedNowhere() throws Exception {
        Long activity = jdbc.queryForObject("select min(id) from activity where public_visible = true", Long.class);
        jdbc.update("insert into city (slug, name_de, name_en, country_code) values"
                + " ('atlantis-unpublished', 'Atlantis', 'Atlantis', 'GR')");
        Long city = jdbc.queryForObject("select id from city where slug = 'atlantis-unpublished'", Long.class);
        jdbc.update("insert into activity_city (activity_id, city_id) values (?, ?)", activity, city);
        assertThat(text("/open-data/activities.csv"))
                .contains("\r\n" + activity + ",")
                .doesNotContain("atlantis");
        assertThat(text("/api/v1/activities?size=200"))
                .contains("\"id\":" + activity)
                .doesNotContain("atlantis");
        assertThat(text("/api/v1/activities?city=atlantis-unpublished")).isEqualTo("[]");
    }

    @Test
    void theOpenDataPageListsTheDatasetsWithTheirColumnsAndIsLinkedFromEveryPublicPage() throws Exception {
        String german = text("/de/offene-daten");
        assertThat(german)
                .contains("href=\"/open-data/partnerships.csv\"")
                .contains("href=\"/open-data/partnerships.geojson\"")
                .contains("href=\"/open-data/activities.csv\"")
                .contains("href=\"/open-data/catalog.ttl\"")
                .contains("Datenlizenz Deutschland")
                .contains("<code>first_instrument</code>");
        assertThat(text("/en/open-data")).contains("Open data").contains("<code>partner_cities</code>");
        String overview = text("/de/staedtepartnerschaften");
        assertThat(overview.substring(overview.indexOf("<footer"))).contains("href=\"/de/offene-daten\"");
    }
}
