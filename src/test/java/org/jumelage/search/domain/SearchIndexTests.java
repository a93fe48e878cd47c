package org.jumelage.search.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jumelage.people.Role;
import org.jumelage.search.Audience;
import org.jumelage.search.SearchDocument;
import org.jumelage.search.SearchFacet;
import org.jumelage.search.SearchQuery;
import org.jumelage.search.SearchResults;
import org.jumelage.search.SearchSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The index itself, fed by a source of this test's own: German and English analysis (umlauts and their spellings,
 * compounds, stems), names in other scripts and their transliteration, typos, ranking, escaped snippets with the
 * matched words marked, facets, paging, and the groups that may see a document (a hit, a snippet and a facet count
 * that the filter keeps from those outside them).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(SearchIndexTests.Samples.class)
class SearchIndexTests {

    static final Map<Long, SearchDocument> SAMPLES = new ConcurrentHashMap<>();
    static final Set<String> OFFICE = Set.copyOf(Audience.OFFICE);

    @TestConfiguration
    static class Samples {
        @Bean
        SearchSource sampleSource() {
            return new SearchSource() {
                @Override
                public String topic() {
                    return "sample";
                }

                @Override
                public List<SearchDocument> documents(Collection<Long> ids) {
                    List<SearchDocument> found = new ArrayList<>();
                    ids.forEach(id -> {
                        if (SAMPLES.containsKey(id)) {
                            found.add(SAMPLES.get(id));
                        }
                        if (SAMPLES.containsKey(-id)) {
                            found.add(SAMPLES.get(-id));
                        }
                    });
                    return found;
                }

                @Override
                public List<Long> ids(long after, int limit) {
                    return SAMPLES.keySet().stream()
                            .filter(id -> id > after)
                            .sorted()
                            .limit(limit)
                            .toList();
                }
            };
        }
    }

    @Autowired
    SearchIndexer indexer;

    @Autowired
    Searcher searcher;

    @Autowired
    SearchIndexState state;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void indexSamples() {
        await().atMost(Duration.ofSeconds(60)).until(() -> state.status() == SearchIndexState.Status.READY);
        SAMPLES.clear();
        sample(1, "Workshop Radverkehrskonzept", "Wie Muenchen und Warschau Radwege planen.", OFFICE, "city:1");
        sample(2, "Delegation nach München", "Besuch beim Oberbürgermeister.", OFFICE, "city:2");
        sample(3, "Studienreise Munchen", "Ohne Umlaut geschrieben.", OFFICE, "city:2");
        sample(
                4,
                "Partnerschaft Warszawa",
                "Die Stadt heißt auf Deutsch Warschau, auf Englisch Warsaw.",
                OFFICE,
                "city:1");
        sample(5, "Städtepartnerschaft", "Москва", OFFICE, "city:3");
        sample(
                6,
                "Geheime Bewerbung",
                "Motivation: Parkraummanagement lernen.",
                Set.of(Audience.account(77)),
                "city:1");
        sample(7, "Skript", "<script>alert('x')</script> Fahrradstraßen", OFFICE, "city:1");
        sample(8, "Busspuren", "Ein Wort im Text: Parkraummanagement.", OFFICE, "city:2");
        SAMPLES.put(
                -8L,
                SearchDocument.published("sample", 8, "/de/x", "/en/x")
                        .title("Öffentlich", "Public")
                        .text("Fahrradstraßen für alle")
                        .build());
        transactions.executeWithoutResult(status -> indexer.index("sample", List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L)));
    }

    private static void sample(long id, String title, String text, Set<String> audience, String city) {
        SAMPLES.put(
                id,
                SearchDocument.office("sample", id, "/office/sample/" + id)
                        .title(title, title)
                        .names(id == 5 ? "Москва" : null)
                        .text(text)
                        .facet(new SearchFacet(
                                SearchFacet.Dimension.CITY, city.substring(5), "Stadt " + city, "City " + city))
                        .facet(SearchFacet.year(2020 + (int) id))
                        .audience(audience)
                        .build());
    }

    private SearchResults office(String text) {
        return office(text, Map.of());
    }

    /** Searches this test's samples only (the demo data is indexed too). */
    private SearchResults office(String text, Map<String, String> chosen) {
        Map<String, String> samples = new java.util.HashMap<>(chosen);
        samples.put("kind", "sample");
        return searcher.search(
                new SearchQuery(text, samples, 0, 20),
                Set.of(Audience.role(Role.VIEWER), Audience.account(1)),
                SearchDocument.Variant.OFFICE,
                Locale.GERMAN);
    }

    private static List<String> paths(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::path).toList();
    }

    @Test
    void umlautsAndTheirSpellingsAreOne() {
        for (String spelling : List.of("München", "Muenchen", "Munchen")) {
            assertThat(paths(office(spelling)))
                    .as(spelling)
                    .contains("/office/sample/1", "/office/sample/2", "/office/sample/3");
        }
    }

    @Test
    void compoundsAreFoundByTheirParts() {
        assertThat(paths(office("Radverkehr"))).contains("/office/sample/1");
        assertThat(paths(office("Konzept"))).contains("/office/sample/1");
        assertThat(paths(office("Verkehr"))).contains("/office/sample/1");
        assertThat(paths(office("Radwege"))).contains("/office/sample/1");
    }

    @Test
    void namesInEveryLanguageAndScript() {
        for (String name : List.of("Warszawa", "Warschau", "Warsaw")) {
            assertThat(paths(office(name))).as(name).contains("/office/sample/4");
        }
        assertThat(paths(office("Moskva"))).contains("/office/sample/5");
        assertThat(paths(office("Москва"))).contains("/office/sample/5");
    }

    @Test
    void oneTypoPerWordIsForgiven() {
        assertThat(paths(office("Warschua"))).contains("/office/sample/4");
        assertThat(paths(office("Radverkehrskonzpet"))).contains("/office/sample/1");
        assertThat(paths(office("Wxyzschau"))).isEmpty();
        // The word as it is in the text is marked in the snippet.
        assertThat(office("Warschua Partnerschaft").hits())
                .extracting(SearchResults.Hit::snippetHtml)
                .containsExactly("Die Stadt heißt auf Deutsch <mark>Warschau</mark>, auf Englisch Warsaw.");
    }

    @Test
    void everyWordMustBeFoundAndTitlesWeighMore() {
        assertThat(paths(office("Warschau Radwege"))).containsExactly("/office/sample/1");
        assertThat(paths(office("Parkraummanagement Busspuren"))).containsExactly("/office/sample/8");
        // "Warschau" is in sample 4's text and in sample 1's text; sample 4 also has "Warszawa" in its title,
        // but "Warsaw" only in its text; the title hit of "Partnerschaft" ranks 4 above 5's body-less title.
        assertThat(paths(office("Partnerschaft")).getFirst()).isEqualTo("/office/sample/4");
    }

    @Test
    void snippetsAreEscapedAndMarkTheWords() {
        SearchResults results = office("Fahrradstraßen");
        assertThat(results.hits()).hasSize(1);
        String snippet = results.hits().getFirst().snippetHtml();
        assertThat(snippet).contains("<mark>").contains("&lt;script&gt;").doesNotContain("<script>");
        // Found by its title alone: the snippet is the start of its text, escaped.
        assertThat(office("Skript").hits())
                .extracting(SearchResults.Hit::snippetHtml)
                .containsExactly("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Fahrradstra&szlig;en");
    }

    @Test
    void aDocumentOnlyItsGroupsMaySeeIsNeitherHitNorCountNorSnippet() {
        SearchResults viewer = office("Parkraummanagement");
        assertThat(paths(viewer)).containsExactly("/office/sample/8");
        assertThat(viewer.total()).isEqualTo(1);
        assertThat(viewer.facets().get("city"))
                .extracting(SearchResults.FacetCount::value)
                .containsExactly("2");
        assertThat(viewer.facets().get("year"))
                .extracting(SearchResults.FacetCount::value)
                .containsExactly("2028");

        SearchResults applicant = searcher.search(
                new SearchQuery("Parkraummanagement", Map.of("kind", "sample"), 0, 20),
                Set.of(Audience.role(Role.STAFF), Audience.account(77)),
                SearchDocument.Variant.OFFICE,
                Locale.GERMAN);
        assertThat(paths(applicant)).containsExactly("/office/sample/6");
        assertThat(applicant.facets().get("city"))
                .extracting(SearchResults.FacetCount::value)
                .containsExactly("1");
    }

    @Test
    void facetsCountAndNarrow() {
        SearchResults all = office("München");
        assertThat(all.facets().get("city"))
                .extracting(SearchResults.FacetCount::value, SearchResults.FacetCount::count)
                .contains(org.assertj.core.groups.Tuple.tuple("2", 2L), org.assertj.core.groups.Tuple.tuple("1", 1L));
        assertThat(all.facets().get("city"))
                .filteredOn(count -> count.value().equals("2"))
                .extracting(SearchResults.FacetCount::label)
                .containsExactly("Stadt city:2");
        SearchResults narrowed = office("München", Map.of("city", "2"));
        assertThat(paths(narrowed)).containsExactlyInAnyOrder("/office/sample/2", "/office/sample/3");
        assertThat(office("", Map.of("year", "2022")).hits())
                .extracting(SearchResults.Hit::path)
                .containsExactly("/office/sample/2");
    }

    @Test
    void aRenamedFacetValueIsNamedAnewOnTheNextPage() {
        assertThat(cityLabel("München", "2")).isEqualTo("Stadt city:2");
        SAMPLES.put(
                2L,
                SearchDocument.office("sample", 2, "/office/sample/2")
                        .title("Delegation nach München", "Delegation nach München")
                        .text("Besuch beim Oberbürgermeister.")
                        .facet(new SearchFacet(SearchFacet.Dimension.CITY, "2", "Neuer Name", "New name"))
                        .audience(OFFICE)
                        .build());
        transactions.executeWithoutResult(status -> indexer.index("sample", List.of(2L)));
        assertThat(cityLabel("München", "2")).isEqualTo("Neuer Name");
    }

    private String cityLabel(String words, String city) {
        return office(words).facets().get("city").stream()
                .filter(count -> count.value().equals(city))
                .map(SearchResults.FacetCount::label)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void thePublicFindsOnlyPublicDocuments() {
        SearchResults results =
                searcher.searchPublic(new SearchQuery("Fahrradstraßen", Map.of(), 0, 10), Locale.ENGLISH);
        assertThat(results.hits())
                .extracting(SearchResults.Hit::path, SearchResults.Hit::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/en/x", "Public"));
        assertThat(searcher.searchPublic(new SearchQuery("Parkraummanagement", Map.of(), 0, 10), Locale.GERMAN)
                        .hits())
                .isEmpty();
    }

    @Test
    void aRecordThatIsGoneLeavesTheIndex() {
        SAMPLES.remove(3L);
        transactions.executeWithoutResult(status -> indexer.index("sample", List.of(3L)));
        assertThat(paths(office("Munchen"))).doesNotContain("/office/sample/3");
    }

    @Test
    void pagesAreCountedByTheIndex() {
        SearchResults first = searcher.search(
                new SearchQuery("München", Map.of("kind", "sample"), 0, 2),
                Set.of(Audience.role(Role.VIEWER)),
                SearchDocument.Variant.OFFICE,
                Locale.GERMAN);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hits()).hasSize(2);
        assertThat(first.pages()).isEqualTo(2);
        SearchResults second = searcher.search(
                new SearchQuery("München", Map.of("kind", "sample"), 1, 2),
                Set.of(Audience.role(Role.VIEWER)),
                SearchDocument.Variant.OFFICE,
                Locale.GERMAN);
        assertThat(second.hits()).hasSize(1);
        assertThat(second.hits().getFirst().path()).isNotIn(paths(first));
    }

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aLostIndexIsBuiltAgainFromItsTable() {
        org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory)
                .scope(SearchEntry.class)
                .schemaManager()
                .dropAndCreate();
        assertThat(paths(office("Warschau"))).isEmpty();
        state.check();
        assertThat(state.status()).isEqualTo(SearchIndexState.Status.READY);
        assertThat(paths(office("Warschau"))).contains("/office/sample/1", "/office/sample/4");
        assertThat(state.indexedCount()).isEqualTo(state.tableCount());
    }

    @Test
    void theRebuildDescribesEveryRecordAgainAndForgetsWhatIsGone() {
        jdbc.update("update search_entry set title_de = 'veraltet', title_en = 'stale' where topic = 'sample'");
        jdbc.update("update search_state set state_value = 'old' where name = 'version'");
        SAMPLES.remove(2L);
        state.check();
        assertThat(jdbc.queryForObject("select state_value from search_state where name = 'version'", String.class))
                .isEqualTo(SearchIndexState.VERSION);
        assertThat(office("München").hits())
                .extracting(SearchResults.Hit::title)
                .containsExactlyInAnyOrder("Workshop Radverkehrskonzept", "Studienreise Munchen");
        assertThat(jdbc.queryForObject(
                        "select count(*) from search_entry where topic = 'sample' and title_de = 'veraltet'",
                        Integer.class))
                .isZero();
    }

    @Test
    void mergingTheSegmentsKeepsEveryHit() {
        List<String> before = paths(office("München"));
        indexer.mergeSegments();
        assertThat(paths(office("München")))
                .containsExactlyInAnyOrderElementsOf(before)
                .isNotEmpty();
    }

    /**
     * The embedded index counts hits and facet values with a reader of its own ({@link LuceneCounter}); its query must
     * find exactly what Hibernate Search's does, or the count would disagree with the hits shown. Over the samples and
     * the demo data: umlauts, compounds, scripts, several words, a word the analysis drops, a typo, narrowed searches,
     * a search with no words, other groups, and the public variant.
     */
    @Test
    void theIndexCountsExactlyWhatItsQueryFinds() {
        assertThat(LuceneCounter.of(entityManagerFactory))
                .as("counted by Lucene")
                .isPresent();
        Set<String> viewer = Set.of(Audience.role(Role.VIEWER), Audience.account(1));
        record Case(String words, Map<String, String> chosen, Set<String> audience, boolean typos) {}
        List<Case> cases = List.of(
                new Case("München", Map.of(), viewer, false),
                new Case("Muenchen Besuch", Map.of(), viewer, false),
                new Case("Radverkehr", Map.of(), viewer, false),
                new Case("Москва", Map.of(), viewer, false),
                new Case("Moskva", Map.of(), viewer, false),
                new Case("Warsaw", Map.of(), Set.copyOf(Audience.OFFICE), false),
                new Case("die", Map.of(), viewer, false),
                new Case("Wrokshop Munchen", Map.of(), viewer, true),
                new Case("Parkraummanagement", Map.of(), Set.of(Audience.account(77)), false),
                new Case("Parkraummanagement", Map.of(), viewer, false),
                new Case("München", Map.of("city", "2"), viewer, false),
                new Case("", Map.of("year", "2022"), viewer, false),
                new Case("", Map.of("kind", "sample"), viewer, false),
                new Case("Berlin", Map.of(), Set.of(Audience.role(Role.ADMIN)), false),
                new Case("Partnerschaft", Map.of(), Set.of(Audience.role(Role.ADMIN)), false));
        int compared = 0;
        for (Case c : cases) {
            for (SearchDocument.Variant variant : SearchDocument.Variant.values()) {
                var query = new SearchQuery(c.words(), c.chosen(), 0, 10);
                Set<String> audience =
                        variant == SearchDocument.Variant.PUBLIC ? Set.of(Audience.PUBLIC) : c.audience();
                var counted = searcher.count(query, audience, variant, c.typos());
                var aggregated = searcher.aggregate(
                        query,
                        audience,
                        variant,
                        c.typos() ? new LuceneCounter.Typos(true, Map.of()) : LuceneCounter.Typos.NONE);
                assertThat(counted.total()).as(c + " " + variant).isEqualTo(aggregated.total());
                assertThat(counted.facets()).as(c + " " + variant).isEqualTo(aggregated.facets());
                compared += counted.total() > 0 ? 1 : 0;
            }
        }
        // Most cases find something: an empty index would agree too.
        assertThat(compared).isGreaterThan(cases.size());
    }
}
