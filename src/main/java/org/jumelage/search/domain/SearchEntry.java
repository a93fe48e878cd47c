package org.jumelage.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jumelage.search.SearchDocument;
import org.jumelage.search.SearchFacet;

/**
 * One document of the index, as the search module keeps it in its own table ({@code search_entry}) and in the index
 * built from that table: a record's title, names, text and stored file's text, where it is opened, its facets and
 * who may see it. Written only by {@link SearchIndexer}, from what a module's source describes; never edited.
 */
@org.jumelage.shared.Audited.Skip
@Entity
@Indexed(index = "entries")
public class SearchEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField
    private String topic;

    @Column(name = "ref_id")
    private long refId;

    @KeywordField
    @Enumerated(EnumType.STRING)
    private SearchDocument.Variant variant;

    @Column(name = "title_de")
    @FullTextField(name = "title_de", analyzer = SearchAnalysis.GERMAN, searchAnalyzer = SearchAnalysis.GERMAN_QUERY)
    @FullTextField(name = "title_names", analyzer = SearchAnalysis.NAMES)
    private String titleDe;

    @Column(name = "title_en")
    @FullTextField(name = "title_en", analyzer = SearchAnalysis.ENGLISH)
    private String titleEn;

    @FullTextField(analyzer = SearchAnalysis.NAMES)
    private String names;

    private String body;

    @Column(name = "file_text")
    private String fileText;

    @Column(name = "file_note")
    private String fileNote;

    private String fingerprint;

    @Column(name = "office_path")
    private String officePath;

    @Column(name = "path_de")
    private String pathDe;

    @Column(name = "path_en")
    private String pathEn;

    @Column(name = "facet_tokens")
    private String facetTokens;

    @Column(name = "audience_tokens")
    private String audienceTokens;

    @Column(name = "indexed_at")
    private Instant indexedAt;

    protected SearchEntry() {}

    SearchEntry(SearchDocument document, String names, String fileText, String fileNote, Instant now) {
        this.topic = document.topic();
        this.refId = document.refId();
        this.variant = document.variant();
        this.titleDe = cut(document.titleDe(), 500);
        this.titleEn = cut(document.titleEn(), 500);
        this.names = cut(names, 4000);
        this.body = cut(document.body(), TextExtraction.MAX_CHARACTERS);
        this.fileText = fileText;
        this.fileNote = fileNote;
        this.fingerprint = document.fingerprint();
        this.officePath = document.officePath();
        this.pathDe = document.pathDe();
        this.pathEn = document.pathEn();
        this.facetTokens = String.join(
                " ", document.facets().stream().map(SearchFacet::token).toList());
        this.audienceTokens = String.join(" ", document.audience());
        this.indexedAt = now;
    }

    /** The record's text and its stored file's text, analysed as German and as English, kept for snippets. */
    @FullTextField(
            name = "body_de",
            analyzer = SearchAnalysis.GERMAN,
            searchAnalyzer = SearchAnalysis.GERMAN_QUERY,
            projectable = Projectable.YES,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(name = "body_en", analyzer = SearchAnalysis.ENGLISH)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "body")),
                @ObjectPath(@PropertyValue(propertyName = "fileText"))
            })
    public String getContent() {
        if (fileText == null || fileText.isBlank()) {
            return body;
        }
        return body == null || body.isBlank() ? fileText : body + "\n" + fileText;
    }

    /**
     * Every facet value with its dimension ({@code city:12}, {@code kind:activity}) in one field, so that one pass over
     * the hits counts them all (six fields took six passes; docs/performance.md).
     */
    @KeywordField(name = "facet", aggregable = Aggregable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "facetTokens")),
                @ObjectPath(@PropertyValue(propertyName = "topic"))
            })
    public List<String> getFacetValues() {
        List<String> values = new java.util.ArrayList<>(words(facetTokens));
        values.add("kind:" + topic);
        return values;
    }

    @KeywordField(name = "audience")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "audienceTokens")))
    public List<String> getAudience() {
        return words(audienceTokens);
    }

    @KeywordField(name = "city")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "facetTokens")))
    public List<String> getCities() {
        return facets(SearchFacet.Dimension.CITY);
    }

    @KeywordField(name = "theme")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "facetTokens")))
    public List<String> getThemes() {
        return facets(SearchFacet.Dimension.THEME);
    }

    @KeywordField(name = "unit")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "facetTokens")))
    public List<String> getUnits() {
        return facets(SearchFacet.Dimension.UNIT);
    }

    @KeywordField(name = "year")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "facetTokens")))
    public List<String> getYears() {
        return facets(SearchFacet.Dimension.YEAR);
    }

    @KeywordField(name = "status")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "facetTokens")))
    public List<String> getStatuses() {
        return facets(SearchFacet.Dimension.STATUS);
    }

    /** Takes over a newer description of the same record (the table row and its id stay). */
    void replaceWith(SearchEntry newer) {
        this.titleDe = newer.titleDe;
        this.titleEn = newer.titleEn;
        this.names = newer.names;
        this.body = newer.body;
        this.fileText = newer.fileText;
        this.fileNote = newer.fileNote;
        this.fingerprint = newer.fingerprint;
        this.officePath = newer.officePath;
        this.pathDe = newer.pathDe;
        this.pathEn = newer.pathEn;
        this.facetTokens = newer.facetTokens;
        this.audienceTokens = newer.audienceTokens;
        this.indexedAt = newer.indexedAt;
    }

    private List<String> facets(SearchFacet.Dimension dimension) {
        String prefix = dimension.name().toLowerCase(Locale.ROOT) + ":";
        return words(facetTokens).stream()
                .filter(token -> token.startsWith(prefix))
                .map(token -> token.substring(prefix.length()))
                .toList();
    }

    private static List<String> words(String tokens) {
        if (tokens == null || tokens.isBlank()) {
            return List.of();
        }
        return Arrays.asList(tokens.split(" "));
    }

    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public long getRefId() {
        return refId;
    }

    public SearchDocument.Variant getVariant() {
        return variant;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getNames() {
        return names;
    }

    public String getBody() {
        return body;
    }

    public String getFileText() {
        return fileText;
    }

    public String getFileNote() {
        return fileNote;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getOfficePath() {
        return officePath;
    }

    public String getPathDe() {
        return pathDe;
    }

    public String getPathEn() {
        return pathEn;
    }

    public String getFacetTokens() {
        return facetTokens;
    }

    public Instant getIndexedAt() {
        return indexedAt;
    }
}
