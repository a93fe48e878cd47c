package org.jumelage.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One record as a module hands it to the index: what it is called, the words it may be found by, where it is opened,
 * what it can be narrowed by, and who may see it. A record can have two documents: the back office's ({@link
 * Variant#OFFICE}) and the public site's ({@link Variant#PUBLIC}, public fields only, found by everyone).
 *
 * @param names names in every language and script (the index adds their transliteration)
 * @param body the rest of the searchable text (the index adds a stored file's text)
 * @param officePath where the back office opens the record (office variant)
 * @param pathDe where the German public site shows it (public variant)
 * @param pathEn where the English public site shows it (public variant)
 * @param fingerprint what identifies the attached file's content (its checksum): while it is unchanged, the index
 *     keeps the text it extracted before instead of reading the file again
 */
public record SearchDocument(
        String topic,
        long refId,
        Variant variant,
        String titleDe,
        String titleEn,
        String names,
        String body,
        String officePath,
        String pathDe,
        String pathEn,
        List<SearchFacet> facets,
        Set<String> audience,
        String fingerprint,
        Attachment attachment) {

    /** The back office's document or the public site's. */
    public enum Variant {
        OFFICE,
        PUBLIC
    }

    /** A stored file whose text the index extracts (within limits of time, memory and size). */
    public record Attachment(String fileName, Supplier<byte[]> content) {}

    public SearchDocument {
        Objects.requireNonNull(topic);
        Objects.requireNonNull(variant);
        Objects.requireNonNull(titleDe);
        titleEn = titleEn == null || titleEn.isBlank() ? titleDe : titleEn;
        facets = List.copyOf(facets);
        audience = Set.copyOf(audience);
        if (audience.isEmpty()) {
            throw new IllegalArgumentException("A document nobody may see is not indexed: " + topic + ":" + refId);
        }
        if (variant == Variant.PUBLIC && !audience.equals(Set.of(Audience.PUBLIC))) {
            throw new IllegalArgumentException("A public document is for the public only: " + topic + ":" + refId);
        }
        if (variant == Variant.PUBLIC && (pathDe == null || pathEn == null)) {
            throw new IllegalArgumentException("A public document needs its pages in both languages");
        }
        if (variant == Variant.OFFICE && (officePath == null || audience.contains(Audience.PUBLIC))) {
            throw new IllegalArgumentException("An office document needs its page and is not public");
        }
    }

    /** The back office's document of a record. */
    public static Builder office(String topic, long refId, String officePath) {
        return new Builder(topic, refId, Variant.OFFICE).officePath(officePath);
    }

    /** The public site's document of a record: found by everyone, so it carries public fields only. */
    public static Builder published(String topic, long refId, String pathDe, String pathEn) {
        Builder builder = new Builder(topic, refId, Variant.PUBLIC);
        builder.pathDe = pathDe;
        builder.pathEn = pathEn;
        builder.audience.add(Audience.PUBLIC);
        return builder;
    }

    /** Builds a document step by step; blank texts are left out. */
    public static final class Builder {
        private final String topic;
        private final long refId;
        private final Variant variant;
        private String titleDe;
        private String titleEn;
        private final StringBuilder names = new StringBuilder();
        private final StringBuilder body = new StringBuilder();
        private String officePath;
        private String pathDe;
        private String pathEn;
        private final List<SearchFacet> facets = new ArrayList<>();
        private final Set<String> audience = new LinkedHashSet<>();
        private String fingerprint;
        private Attachment attachment;

        private Builder(String topic, long refId, Variant variant) {
            this.topic = topic;
            this.refId = refId;
            this.variant = variant;
        }

        private Builder officePath(String path) {
            this.officePath = path;
            return this;
        }

        public Builder title(String de, String en) {
            this.titleDe = de;
            this.titleEn = en;
            return this;
        }

        /** Adds names (of cities, places, organisations) in any language or script. */
        public Builder names(String... more) {
            append(names, more);
            return this;
        }

        /** Adds searchable text. */
        public Builder text(String... more) {
            append(body, more);
            return this;
        }

        public Builder facet(SearchFacet facet) {
            if (facet != null) {
                facets.add(facet);
            }
            return this;
        }

        public Builder facets(java.util.Collection<SearchFacet> more) {
            more.forEach(this::facet);
            return this;
        }

        /** Adds groups that may see the document ({@link Audience}). */
        public Builder audience(String... groups) {
            if (variant == Variant.PUBLIC) {
                throw new IllegalStateException("A public document is for the public only");
            }
            audience.addAll(List.of(groups));
            return this;
        }

        public Builder audience(java.util.Collection<String> groups) {
            return audience(groups.toArray(String[]::new));
        }

        /** Attaches a stored file, identified by its checksum, whose text the index extracts. */
        public Builder file(String fileName, String sha256, Supplier<byte[]> content) {
            this.fingerprint = sha256;
            this.attachment = new Attachment(fileName, content);
            return this;
        }

        public SearchDocument build() {
            return new SearchDocument(
                    topic,
                    refId,
                    variant,
                    titleDe,
                    titleEn,
                    names.toString().strip(),
                    body.toString().strip(),
                    officePath,
                    pathDe,
                    pathEn,
                    facets,
                    audience,
                    fingerprint,
                    attachment);
        }

        private static void append(StringBuilder to, String... texts) {
            for (String text : texts) {
                if (text != null && !text.isBlank()) {
                    to.append(text.strip()).append('\n');
                }
            }
        }
    }
}
