package org.jumelage.search.domain;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.search.Audience;
import org.jumelage.search.SearchDocument;
import org.jumelage.search.SearchQuery;
import org.jumelage.search.SearchResults;
import org.jumelage.search.SiteSearch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers searches from the index alone: the person's groups ({@link Audience}) filter every hit, count and snippet;
 * each word must be found (in a title, a name or the text, in German or English analysis, or with one typo); hits are
 * ranked by relevance, titles and names weighing more; facets count the values among the hits.
 */
@Service
@Transactional(readOnly = true)
public class Searcher implements SiteSearch {

    private static final int FACET_VALUES = 12;
    private static final int SNIPPET = 180;

    /** The fields a word is looked for in; titles and names weigh three times the text. */
    static final List<String> WORD_FIELDS =
            List.of("title_de", "title_en", "title_names", "names", "body_de", "body_en");

    /** The fields a word with a typo is looked for in (transliterated titles would forgive too much). */
    static final List<String> TYPO_FIELDS = List.of("title_de", "title_en", "names", "body_de", "body_en");

    /** Words this long or longer are forgiven a typo. */
    static final int TYPO_LENGTH = 4;

    private static final String FACET_FIELD = "facet";

    private final EntityManager entityManager;
    private final Organisation organisation;
    private final FacetLabels labels;
    private final SearchIndexState state;
    private final SearchEntryRepository entries;
    private final ExecutorService countingThreads = Executors.newVirtualThreadPerTaskExecutor();
    private volatile Optional<LuceneCounter> lucene;

    Searcher(
            EntityManager entityManager,
            Organisation organisation,
            FacetLabels labels,
            SearchIndexState state,
            SearchEntryRepository entries) {
        this.entityManager = entityManager;
        this.organisation = organisation;
        this.labels = labels;
        this.state = state;
        this.entries = entries;
    }

    /** The back office's search for the signed-in person. */
    public SearchResults searchOffice(SearchQuery query, JumelageUser user, Locale locale) {
        return search(query, audienceOf(user), SearchDocument.Variant.OFFICE, locale);
    }

    @Override
    public SearchResults searchPublic(SearchQuery query, Locale locale) {
        return search(query, Set.of(Audience.PUBLIC), SearchDocument.Variant.PUBLIC, locale);
    }

    /** The groups a person belongs to: their role, their account, and their units' or administration's groups. */
    Set<String> audienceOf(JumelageUser user) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(Audience.role(user.role()));
        groups.add(Audience.account(user.accountId()));
        user.unitId().ifPresent(unit -> {
            if (user.role() == Role.HR) {
                organisation.subtree(unit).forEach(id -> groups.add(Audience.hr(id)));
            } else if (user.role() == Role.EDITOR) {
                organisation.subtree(unit).forEach(id -> groups.add(Audience.editor(id)));
            } else if (user.role() == Role.PARTNER_COORDINATOR) {
                organisation.administrationOf(unit).ifPresent(admin -> groups.add(Audience.coordinator(admin.id())));
            }
        });
        return groups;
    }

    SearchResults search(SearchQuery query, Set<String> audience, SearchDocument.Variant variant, Locale locale) {
        boolean ready = state.status() == SearchIndexState.Status.READY;
        if (query.isEmpty()) {
            return new SearchResults(query, List.of(), 0, Map.of(), ready);
        }
        boolean english = "en".equals(locale.getLanguage());
        var pass = pass(query, audience, variant, false, english);
        if (pass.counted().total() == 0 && query.words().stream().anyMatch(word -> word.length() >= TYPO_LENGTH)) {
            // Nothing as typed: the same with one typo forgiven per word (a second pass, so that the common case
            // pays nothing for it).
            pass = pass(query, audience, variant, true, english);
        }
        var counted = pass.counted();
        long total = counted.total();
        List<SearchResults.Hit> hits = pass.hits();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        SearchQuery.FACETS.forEach(facet -> counts.put(facet, new LinkedHashMap<>()));
        counted.facets().forEach((token, count) -> {
            int colon = token.indexOf(':');
            Map<String, Long> values = counts.get(token.substring(0, colon));
            if (values != null && values.size() < FACET_VALUES) {
                values.put(token.substring(colon + 1), count);
            }
        });
        return new SearchResults(query, hits, total, facetCounts(query, counts, locale), ready);
    }

    private record Pass(LuceneCounter.Counted counted, List<SearchResults.Hit> hits) {}

    /**
     * Counts and fetches a page. With the embedded index the count runs on a thread of its own beside the page (it
     * reads the index alone), so that a search takes the longer of the two rather than both.
     */
    private Pass pass(
            SearchQuery query,
            Set<String> audience,
            SearchDocument.Variant variant,
            boolean forgiving,
            boolean english) {
        Optional<LuceneCounter> counter = counter();
        LuceneCounter.Typos typos = typos(counter, query, forgiving);
        if (counter.isPresent()) {
            var counting = CompletableFuture.supplyAsync(
                    () -> counter.get().count(query, audience, variant, typos, FACET_FIELD), countingThreads);
            List<SearchResults.Hit> hits = page(query, audience, variant, typos, english);
            try {
                return new Pass(counting.join(), hits);
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        var counted = aggregate(query, audience, variant, typos);
        return new Pass(
                counted,
                counted.total() > (long) query.page() * query.size()
                        ? page(query, audience, variant, typos, english)
                        : List.of());
    }

    /** Whether a typo is forgiven and, on the embedded index, the typo queries looked up once for this search. */
    private static LuceneCounter.Typos typos(Optional<LuceneCounter> counter, SearchQuery query, boolean forgiving) {
        if (!forgiving) {
            return LuceneCounter.Typos.NONE;
        }
        return counter.map(lucene -> lucene.expand(query.words())).orElse(new LuceneCounter.Typos(true, Map.of()));
    }

    private Optional<LuceneCounter> counter() {
        Optional<LuceneCounter> counter = lucene;
        if (counter == null) {
            counter = LuceneCounter.of(entityManager.getEntityManagerFactory());
            lucene = counter;
        }
        return counter;
    }

    @PreDestroy
    void stopCounting() {
        countingThreads.close();
    }

    /**
     * How many documents match, and every facet value among them, most frequent first: the query as a filter, so that
     * no hit is scored (scoring every one of a hundred thousand hits cost most of the time; docs/performance.md). The
     * embedded Lucene index counts with {@link LuceneCounter}, OpenSearch with a terms aggregation.
     */
    LuceneCounter.Counted count(
            SearchQuery query, Set<String> audience, SearchDocument.Variant variant, boolean forgiving) {
        Optional<LuceneCounter> counter = counter();
        LuceneCounter.Typos typos = typos(counter, query, forgiving);
        if (counter.isPresent()) {
            return counter.get().count(query, audience, variant, typos, FACET_FIELD);
        }
        return aggregate(query, audience, variant, typos);
    }

    /** {@link #count} with Hibernate Search's DSL: a terms aggregation over the matching documents. */
    LuceneCounter.Counted aggregate(
            SearchQuery query, Set<String> audience, SearchDocument.Variant variant, LuceneCounter.Typos typos) {
        AggregationKey<Map<String, Long>> facetKey = AggregationKey.of(FACET_FIELD);
        var result = Search.session(entityManager)
                .search(SearchEntry.class)
                .select(f -> f.id())
                .where(f -> f.bool().filter(predicate(f, query, audience, variant, typos)))
                .aggregation(
                        facetKey,
                        f -> f.terms().field(FACET_FIELD, String.class).maxTermCount(2000))
                .fetch(0);
        return new LuceneCounter.Counted(result.total().hitCount(), result.aggregation(facetKey));
    }

    /**
     * One page of hits, ranked, with snippets: counting stops once the page is filled, so that Lucene may skip hits
     * that cannot reach it. The index gives ids and snippets; the table gives titles and addresses, without the texts.
     */
    private List<SearchResults.Hit> page(
            SearchQuery query,
            Set<String> audience,
            SearchDocument.Variant variant,
            LuceneCounter.Typos typos,
            boolean english) {
        List<List<?>> rows = Search.session(entityManager)
                .search(SearchEntry.class)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.highlight("body_de"))
                        .asList())
                .where(f -> predicate(f, query, audience, variant, typos))
                .highlighter(f -> f.fastVector()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<mark>", "</mark>")
                        .fragmentSize(SNIPPET)
                        .numberOfFragments(2))
                .totalHitCountThreshold((long) (query.page() + 1) * query.size())
                .fetchHits(query.page() * query.size(), query.size());
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, SearchHitRow> found =
                entries.findHitRows(rows.stream().map(row -> (Long) row.get(0)).toList(), SNIPPET + 1).stream()
                        .collect(java.util.stream.Collectors.toMap(SearchHitRow::id, row -> row));
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (List<?> row : rows) {
            SearchHitRow entry = found.get((Long) row.get(0));
            if (entry != null) { // deleted since the index was read
                @SuppressWarnings("unchecked")
                List<String> fragments = (List<String>) row.get(1);
                hits.add(hit(entry, fragments, english));
            }
        }
        return hits;
    }

    private PredicateFinalStep predicate(
            SearchPredicateFactory f,
            SearchQuery query,
            Collection<String> audience,
            SearchDocument.Variant variant,
            LuceneCounter.Typos typos) {
        var bool = f.bool();
        bool.filter(f.terms().field("audience").matchingAny(audience));
        bool.filter(f.match().field("variant").matching(variant));
        query.chosen()
                .forEach((facet, value) ->
                        bool.filter(f.match().field(facetField(facet)).matching(value)));
        List<String> words = query.words();
        if (words.isEmpty()) {
            bool.must(f.matchAll());
        }
        for (String word : words) {
            // The fields of WORD_FIELDS and TYPO_FIELDS, titles and names weighing more.
            var exact = f.match()
                    .field("title_de")
                    .boost(3f)
                    .field("title_en")
                    .boost(3f)
                    .field("title_names")
                    .boost(3f)
                    .field("names")
                    .boost(3f)
                    .field("body_de")
                    .field("body_en")
                    .matching(word)
                    .boost(2f);
            if (!typos.forgiven() || word.length() < TYPO_LENGTH) {
                bool.must(exact);
                continue;
            }
            org.apache.lucene.search.Query expanded = typos.expanded().get(word);
            if (expanded != null) {
                bool.must(f.bool()
                        .should(exact)
                        .should(f.extension(LuceneExtension.get()).fromLuceneQuery(expanded)));
                continue;
            }
            var typo = f.match()
                    .field("title_de")
                    .boost(3f)
                    .field("title_en")
                    .boost(3f)
                    .field("names")
                    .boost(3f)
                    .field("body_de")
                    .field("body_en")
                    .matching(word)
                    .fuzzy(1, 1);
            bool.must(f.bool().should(exact).should(typo));
        }
        return bool;
    }

    /** The index field a facet narrows on. */
    static String facetField(String facet) {
        return facet.equals("kind") ? "topic" : facet;
    }

    private static SearchResults.Hit hit(SearchHitRow entry, List<String> fragments, boolean english) {
        String snippet;
        if (fragments != null && !fragments.isEmpty()) {
            snippet = String.join(" … ", fragments);
        } else {
            String start = entry.start();
            snippet = HtmlUtils.htmlEscape(start.length() > SNIPPET ? start.substring(0, SNIPPET) + " …" : start);
        }
        String path = entry.variant() == SearchDocument.Variant.PUBLIC
                ? (english ? entry.pathEn() : entry.pathDe())
                : entry.officePath();
        String title = english ? entry.titleEn() : entry.titleDe();
        return new SearchResults.Hit(entry.topic(), title, path, snippet, english ? "en" : "de");
    }

    private Map<String, List<SearchResults.FacetCount>> facetCounts(
            SearchQuery query, Map<String, Map<String, Long>> counts, Locale locale) {
        Set<String> tokens = new LinkedHashSet<>();
        counts.forEach((facet, values) -> {
            if (!facet.equals("kind")) {
                values.keySet().forEach(value -> tokens.add(facet + ":" + value));
            }
        });
        Map<String, FacetLabels.Names> named = labels.of(tokens);
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        counts.forEach((facet, values) -> {
            List<SearchResults.FacetCount> list = new ArrayList<>();
            values.forEach((value, count) -> {
                FacetLabels.Names names = named.get(facet + ":" + value);
                String text = facet.equals("kind") ? value : names == null ? value : names.in(locale);
                list.add(new SearchResults.FacetCount(
                        value, text, count, value.equals(query.chosen().get(facet))));
            });
            if (!list.isEmpty()) {
                facets.put(facet, list);
            }
        });
        return facets;
    }
}
