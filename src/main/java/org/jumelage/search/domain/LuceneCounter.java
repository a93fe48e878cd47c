package org.jumelage.search.domain;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.jumelage.search.SearchDocument;
import org.jumelage.search.SearchQuery;

/**
 * Counts the hits of a search and the facet values among them on the embedded Lucene index, reading the index itself:
 * per segment an array indexed by the values' ordinals, so that a hit costs an array increment per value. Hibernate
 * Search's terms aggregation hashes every value of every hit into maps of collectors and first maps every segment's
 * values onto the whole index's; on the network-scale data set that was most of a broad search's time
 * (docs/performance.md). OpenSearch counts with its own arrays, so {@link Searcher} uses this only with Lucene.
 *
 * <p>The query is the one {@link Searcher} states with Hibernate Search's DSL, built the way Hibernate Search builds it
 * (a field's search analyser through Lucene's {@link QueryBuilder}, a fuzzy query per analysed token): tests compare
 * the two on every kind of search, so that the count never disagrees with the hits shown.
 */
final class LuceneCounter {

    /** Hits and facet values counted: every value with its count, most frequent first, ties by value. */
    record Counted(long total, Map<String, Long> facets) {}

    /**
     * Whether each word is forgiven a typo and, on the embedded index, each word's typo query with its expansions
     * already looked up ({@link #expand}); with OpenSearch the map is empty and Hibernate Search's DSL states them.
     */
    record Typos(boolean forgiven, Map<String, Query> expanded) {
        static final Typos NONE = new Typos(false, Map.of());
    }

    private final LuceneIndexScope scope;
    private final Analyzer analyzer;

    private LuceneCounter(LuceneIndexScope scope, Analyzer analyzer) {
        this.scope = scope;
        this.analyzer = analyzer;
    }

    /** A counter when the index is an embedded Lucene one; empty with OpenSearch. */
    static Optional<LuceneCounter> of(EntityManagerFactory entityManagerFactory) {
        var mapping = Search.mapping(entityManagerFactory);
        if (!(mapping.indexManager("entries") instanceof LuceneIndexManager index)) {
            return Optional.empty();
        }
        LuceneIndexScope scope = mapping.scope(SearchEntry.class).extension(LuceneExtension.get());
        return Optional.of(new LuceneCounter(scope, index.searchAnalyzer()));
    }

    Counted count(
            SearchQuery query,
            Collection<String> audience,
            SearchDocument.Variant variant,
            Typos typos,
            String facetField) {
        Query lucene = query(query, audience, variant, typos);
        try (IndexReader reader = scope.openIndexReader()) {
            return new IndexSearcher(reader).search(lucene, new Counting(facetField));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query of {@link Searcher#predicate}, as a filter: the person's groups, the variant, the chosen values, every word. */
    Query query(SearchQuery query, Collection<String> audience, SearchDocument.Variant variant, Typos typos) {
        var bool = new BooleanQuery.Builder();
        bool.add(
                new TermInSetQuery(
                        "audience", audience.stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.FILTER);
        bool.add(new TermQuery(new Term("variant", variant.name())), BooleanClause.Occur.FILTER);
        query.chosen()
                .forEach((facet, value) -> bool.add(
                        new TermQuery(new Term(Searcher.facetField(facet), value)), BooleanClause.Occur.FILTER));
        List<String> words = query.words();
        if (words.isEmpty()) {
            bool.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        }
        for (String word : words) {
            Query exact = anyField(Searcher.WORD_FIELDS, word, new QueryBuilder(analyzer));
            if (!typos.forgiven() || word.length() < Searcher.TYPO_LENGTH) {
                bool.add(exact, BooleanClause.Occur.FILTER);
                continue;
            }
            Query typo = typos.expanded().get(word);
            if (typo == null) {
                throw new IllegalArgumentException("The typos of " + word + " were not looked up");
            }
            bool.add(
                    new BooleanQuery.Builder()
                            .add(exact, BooleanClause.Occur.SHOULD)
                            .add(typo, BooleanClause.Occur.SHOULD)
                            .build(),
                    BooleanClause.Occur.FILTER);
        }
        return bool.build();
    }

    /**
     * Each word's typo query (one edit forgiven in any of {@link Searcher#TYPO_FIELDS}, titles weighing three times the
     * text), its expansions looked up in the index once: left to Hibernate Search, the fast vector highlighter looked
     * them up again for every hit, which cost half of a search with a typo (docs/performance.md). The expansions are
     * plain terms, not tied to this reader, so that the count and the page may each read the index.
     */
    Typos expand(List<String> words) {
        Map<String, Query> expanded = new HashMap<>();
        try (IndexReader reader = scope.openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String word : words) {
                if (word.length() >= Searcher.TYPO_LENGTH && !expanded.containsKey(word)) {
                    Query fuzzy = anyField(Searcher.TYPO_FIELDS, word, new FuzzyBuilder(analyzer));
                    expanded.put(word, detached(searcher.rewrite(fuzzy)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Typos(true, expanded);
    }

    /**
     * The query with every term query's statistics, which belong to the reader that rewrote it, let go. Each expansion
     * scores by its closeness to the typed word alone (the rewrite's boost), not by how rare it is: otherwise a rare
     * misspelling in the index would outrank the common word meant.
     */
    private static Query detached(Query query) {
        if (query instanceof TermQuery term) {
            return new org.apache.lucene.search.ConstantScoreQuery(new TermQuery(term.getTerm()));
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(detached(boost.getQuery()), boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            var copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            bool.clauses().forEach(clause -> copy.add(detached(clause.getQuery()), clause.getOccur()));
            return copy.build();
        }
        return query;
    }

    /**
     * The word in any of the fields, each analysed by its own search analyser, titles and names weighing three times
     * the text; nothing when no field keeps a token.
     */
    private static Query anyField(List<String> fields, String word, QueryBuilder builder) {
        var any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String field : fields) {
            Query one = builder.createBooleanQuery(field, word);
            if (one != null) {
                any.add(field.startsWith("body") ? one : new BoostQuery(one, 3f), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? new MatchNoDocsQuery("no token in " + word) : any.build();
    }

    /** Every analysed token with one edit forgiven, the first letter kept (as {@code fuzzy(1, 1)} in the DSL). */
    private static final class FuzzyBuilder extends QueryBuilder {
        FuzzyBuilder(Analyzer analyzer) {
            super(analyzer);
        }

        @Override
        protected Query newTermQuery(Term term, float boost) {
            return new FuzzyQuery(term, 1, 1);
        }
    }

    /** Counts hits, and per segment the values' ordinals, then their values across segments. */
    private static final class Counting implements CollectorManager<Counting.Leaves, Counted> {

        private final String field;

        Counting(String field) {
            this.field = field;
        }

        @Override
        public Leaves newCollector() {
            return new Leaves(field);
        }

        @Override
        public Counted reduce(Collection<Leaves> collectors) {
            long total = 0;
            Map<String, Long> counts = new HashMap<>();
            for (Leaves leaves : collectors) {
                total += leaves.total;
                leaves.counts.forEach((value, count) -> counts.merge(value, count, Long::sum));
            }
            List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
            sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()));
            Map<String, Long> facets = new LinkedHashMap<>();
            sorted.forEach(entry -> facets.put(entry.getKey(), entry.getValue()));
            return new Counted(total, facets);
        }

        static final class Leaves implements Collector {
            private final String field;
            private final Map<String, Long> counts = new HashMap<>();
            private long total;

            Leaves(String field) {
                this.field = field;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
                int[] ordinals = new int[Math.toIntExact(values.getValueCount())];
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {}

                    @Override
                    public void collect(int doc) throws IOException {
                        total++;
                        if (values.advanceExact(doc)) {
                            for (int i = values.docValueCount(); i > 0; i--) {
                                ordinals[(int) values.nextOrd()]++;
                            }
                        }
                    }

                    @Override
                    public void finish() throws IOException {
                        for (int ord = 0; ord < ordinals.length; ord++) {
                            if (ordinals[ord] > 0) {
                                counts.merge(values.lookupOrd(ord).utf8ToString(), (long) ordinals[ord], Long::sum);
                            }
                        }
                    }
                };
            }
        }
    }
}
