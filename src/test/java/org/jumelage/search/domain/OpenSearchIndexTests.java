package org.jumelage.search.domain;

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
}
