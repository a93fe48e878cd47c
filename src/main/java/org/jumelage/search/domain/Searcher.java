package org.jumelage.search.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    private final EntityManager entityManager;
    private final Organisation organisation;
    private final SearchLabelRepository labels;
    private final SearchIndexState state;

    Searcher(
            EntityManager entityManager,
            Organisation organisation,
            SearchLabelRepository labels,
            SearchIndexState state) {
        this.entityManager = entityManager;
        this.organisation = organisation;
        this.labels = labels;
        this.state = state;
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
        AggregationKey<Map<String, Long>> facetKey = AggregationKey.of("facet");
        boolean typos = false;
        var counted = count(query, audience, variant, facetKey, false);
        if (counted.total().hitCount() == 0 && query.words().stream().anyMatch(word -> word.length() >= 4)) {
            // Nothing as typed: the same with one typo forgiven per word (a second query, so that the common case
            // pays nothing for it).
            typos = true;
            counted = count(query, audience, variant, facetKey, true);
        }
        long total = counted.total().hitCount();
        List<SearchResults.Hit> hits = new ArrayList<>();
        if (total > (long) query.page() * query.size()) {
            for (List<?> row : page(query, audience, variant, typos).hits()) {
                SearchEntry entry = (SearchEntry) row.get(0);
                @SuppressWarnings("unchecked")
                List<String> fragments = (List<String>) row.get(1);
                hits.add(hit(entry, fragments, english));
            }
        }
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        SearchQuery.FACETS.forEach(facet -> counts.put(facet, new LinkedHashMap<>()));
        counted.aggregation(facetKey).forEach((token, count) -> {
            int colon = token.indexOf(':');
            Map<String, Long> values = counts.get(token.substring(0, colon));
            if (values != null && values.size() < FACET_VALUES) {
                values.put(token.substring(colon + 1), count);
            }
        });
        return new SearchResults(query, hits, total, facetCounts(query, counts, locale), ready);
    }

    /**
     * How many documents match, and every facet value among them, most frequent first: the query as a filter, so that
     * no hit is scored (scoring every one of a hundred thousand hits cost most of the time; docs/performance.md).
     */
    private org.hibernate.search.engine.search.query.SearchResult<Object> count(
            SearchQuery query,
            Set<String> audience,
            SearchDocument.Variant variant,
            AggregationKey<Map<String, Long>> facetKey,
            boolean typos) {
        return Search.session(entityManager)
                .search(SearchEntry.class)
                .select(f -> f.id())
                .where(f -> f.bool().filter(predicate(f, query, audience, variant, typos)))
                .aggregation(
                        facetKey, f -> f.terms().field("facet", String.class).maxTermCount(2000))
                .fetch(0);
    }

    /**
     * One page of hits, ranked, with snippets: counting stops once the page is filled, so that Lucene may skip hits
     * that cannot reach it.
     */
    private org.hibernate.search.engine.search.query.SearchResult<List<?>> page(
            SearchQuery query, Set<String> audience, SearchDocument.Variant variant, boolean typos) {
        return Search.session(entityManager)
                .search(SearchEntry.class)
                .select(f ->
                        f.composite().from(f.entity(), f.highlight("body_de")).asList())
                .where(f -> predicate(f, query, audience, variant, typos))
                .highlighter(f -> f.fastVector()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<mark>", "</mark>")
                        .fragmentSize(SNIPPET)
                        .numberOfFragments(2))
                .totalHitCountThreshold((long) (query.page() + 1) * query.size())
                .fetch(query.page() * query.size(), query.size());
    }

    private PredicateFinalStep predicate(
            SearchPredicateFactory f,
            SearchQuery query,
            Collection<String> audience,
            SearchDocument.Variant variant,
            boolean typos) {
        var bool = f.bool();
        bool.filter(f.terms().field("audience").matchingAny(audience));
        bool.filter(f.match().field("variant").matching(variant));
        query.chosen()
                .forEach((facet, value) -> bool.filter(
                        f.match().field(facet.equals("kind") ? "topic" : facet).matching(value)));
        List<String> words = query.words();
        if (words.isEmpty()) {
            bool.must(f.matchAll());
        }
        for (String word : words) {
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
            if (!typos || word.length() < 4) {
                bool.must(exact);
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

    private static SearchResults.Hit hit(SearchEntry entry, List<String> fragments, boolean english) {
        String snippet;
        if (fragments != null && !fragments.isEmpty()) {
            snippet = String.join(" … ", fragments);
        } else {
            String content = entry.getContent() == null ? "" : entry.getContent();
            snippet = HtmlUtils.htmlEscape(content.length() > SNIPPET ? content.substring(0, SNIPPET) + " …" : content);
        }
        String path = entry.getVariant() == SearchDocument.Variant.PUBLIC
                ? (english ? entry.getPathEn() : entry.getPathDe())
                : entry.getOfficePath();
        String title = english ? entry.getTitleEn() : entry.getTitleDe();
        return new SearchResults.Hit(entry.getTopic(), title, path, snippet, english ? "en" : "de");
    }

    private Map<String, List<SearchResults.FacetCount>> facetCounts(
            SearchQuery query, Map<String, Map<String, Long>> counts, Locale locale) {
        Set<String> tokens = new LinkedHashSet<>();
        counts.forEach((facet, values) -> {
            if (!facet.equals("kind")) {
                values.keySet().forEach(value -> tokens.add(facet + ":" + value));
            }
        });
        Map<String, SearchLabel> named =
                labels.findAllById(tokens).stream().collect(Collectors.toMap(SearchLabel::token, Function.identity()));
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        counts.forEach((facet, values) -> {
            List<SearchResults.FacetCount> list = new ArrayList<>();
            values.forEach((value, count) -> {
                SearchLabel label = named.get(facet + ":" + value);
                String text = facet.equals("kind") ? value : label == null ? value : label.label(locale);
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
