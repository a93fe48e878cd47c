package org.jumelage.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.people.Role;
import org.jumelage.search.Audience;
import org.jumelage.search.SearchDocument;
import org.jumelage.search.SearchQuery;
import org.jumelage.search.SearchResults;
import org.jumelage.testing.OpenSearchNode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The same tests as {@link SearchIndexTests}, against a real single-node OpenSearch (3.4.0, started from its Maven
 * jars by {@link OpenSearchNode}) through Hibernate Search's Elasticsearch backend: the profile "opensearch" that an
 * installation with several app nodes uses, its analysis ({@link SearchAnalysis.OpenSearch}) and queries. Searches
 * wait for the index to refresh after each write (read-sync), as the tests search right after indexing.
 */
@ActiveProfiles({"test", "opensearch"})
@TestPropertySource(
        properties = "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=read-sync")
class OpenSearchIndexTests extends SearchIndexTests {

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry properties) {
        properties.add("spring.jpa.properties.hibernate.search.backend.uris", OpenSearchNode::address);
    }

    /** OpenSearch counts with a terms aggregation alone: there is nothing to compare. */
    @Override
    @org.junit.jupiter.api.Test
    void theIndexCountsExactlyWhatItsQueryFinds() {
        assertThat(LuceneCounter.of(entityManagerFactory)).isEmpty();
        SearchResults results = searcher.search(
                new SearchQuery("München", java.util.Map.of("kind", "sample"), 0, 10),
                java.util.Set.of(Audience.role(Role.VIEWER)),
                SearchDocument.Variant.OFFICE,
                java.util.Locale.GERMAN);
        assertThat(results.total()).isEqualTo(3);
        assertThat(results.facets().get("city"))
                .extracting(SearchResults.FacetCount::value, SearchResults.FacetCount::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2", 2L), org.assertj.core.groups.Tuple.tuple("1", 1L));
    }
}
