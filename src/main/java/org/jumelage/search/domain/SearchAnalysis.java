package org.jumelage.search.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.de.GermanLightStemFilterFactory;
import org.apache.lucene.analysis.de.GermanNormalizationFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How the index reads text, the same way on both backends (embedded Lucene, and OpenSearch through the Elasticsearch
 * backend, which names the same filters): German text is split into the parts of its compound words (a dictionary of
 * the office's words, {@code search/compounds-de.txt}), its umlauts and their spellings are made one ("München",
 * "Muenchen", "Munchen") and its words reduced to their stem; English text loses possessives and accents and is
 * stemmed; names lose accents and umlauts and are not stemmed. Queries are read without splitting compounds, so that
 * "Radverkehr" finds "Radverkehrskonzept" but "Rad" does not find every "Radverkehr".
 */
public final class SearchAnalysis {

    public static final String GERMAN = "german";
    public static final String GERMAN_QUERY = "german_query";
    public static final String ENGLISH = "english";
    public static final String NAMES = "names";

    static final String DICTIONARY = "search/compounds-de.txt";

    private SearchAnalysis() {}

    /** The words of the compound dictionary, without comments. */
    static List<String> dictionary() {
        try (InputStream in = SearchAnalysis.class.getClassLoader().getResourceAsStream(DICTIONARY)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + DICTIONARY);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysers for the embedded Lucene backend. */
    public static final class Lucene implements LuceneAnalysisConfigurer {
        @Override
        public void configure(LuceneAnalysisConfigurationContext context) {
            context.analyzer(GERMAN)
                    .custom()
                    .tokenizer(StandardTokenizerFactory.class)
                    .tokenFilter(LowerCaseFilterFactory.class)
                    .tokenFilter(DictionaryCompoundWordTokenFilterFactory.class)
                    .param("dictionary", DICTIONARY)
                    .param("minSubwordSize", "3")
                    .tokenFilter(GermanNormalizationFilterFactory.class)
                    .tokenFilter(GermanLightStemFilterFactory.class)
                    .tokenFilter(RemoveDuplicatesTokenFilterFactory.class);
            context.analyzer(GERMAN_QUERY)
                    .custom()
                    .tokenizer(StandardTokenizerFactory.class)
                    .tokenFilter(LowerCaseFilterFactory.class)
                    .tokenFilter(GermanNormalizationFilterFactory.class)
                    .tokenFilter(GermanLightStemFilterFactory.class);
            context.analyzer(ENGLISH)
                    .custom()
                    .tokenizer(StandardTokenizerFactory.class)
                    .tokenFilter(EnglishPossessiveFilterFactory.class)
                    .tokenFilter(LowerCaseFilterFactory.class)
                    .tokenFilter(ASCIIFoldingFilterFactory.class)
                    .tokenFilter(PorterStemFilterFactory.class);
            context.analyzer(NAMES)
                    .custom()
                    .tokenizer(StandardTokenizerFactory.class)
                    .tokenFilter(LowerCaseFilterFactory.class)
                    .tokenFilter(GermanNormalizationFilterFactory.class)
                    .tokenFilter(ASCIIFoldingFilterFactory.class);
        }
    }

    /** The same analysers for the Elasticsearch backend talking to OpenSearch (its analysis-common module). */
    public static final class OpenSearch implements ElasticsearchAnalysisConfigurer {
        @Override
        public void configure(ElasticsearchAnalysisConfigurationContext context) {
            context.tokenFilter("jumelage_compounds")
                    .type("dictionary_decompounder")
                    .param("word_list", dictionary().toArray(String[]::new))
                    .param("min_subword_size", 3);
            context.tokenFilter("jumelage_light_german").type("stemmer").param("language", "light_german");
            context.tokenFilter("jumelage_possessive").type("stemmer").param("language", "possessive_english");
            context.analyzer(GERMAN)
                    .custom()
                    .tokenizer("standard")
                    .tokenFilters(
                            "lowercase",
                            "jumelage_compounds",
                            "german_normalization",
                            "jumelage_light_german",
                            "remove_duplicates");
            context.analyzer(GERMAN_QUERY)
                    .custom()
                    .tokenizer("standard")
                    .tokenFilters("lowercase", "german_normalization", "jumelage_light_german");
            context.analyzer(ENGLISH)
                    .custom()
                    .tokenizer("standard")
                    .tokenFilters("jumelage_possessive", "lowercase", "asciifolding", "porter_stem");
            context.analyzer(NAMES)
                    .custom()
                    .tokenizer("standard")
                    .tokenFilters("lowercase", "german_normalization", "asciifolding");
        }
    }
}
