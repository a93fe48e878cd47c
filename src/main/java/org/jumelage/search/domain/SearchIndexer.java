package org.jumelage.search.domain;

import com.ibm.icu.text.Transliterator;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.jumelage.search.RecordsChanged;
import org.jumelage.search.SearchDocument;
import org.jumelage.search.SearchFacet;
import org.jumelage.search.SearchSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index in step with the modules: after a change commits, asks the topic's {@link SearchSource} how the
 * changed records read now and writes their entries (Hibernate Search indexes them when that commits); rebuilds every
 * entry from the sources, page by page; re-indexes the table when only the index was lost. One writer at a time in
 * this instance; entries of one record are replaced as a whole, so a repeated event does no harm.
 */
@Service
public class SearchIndexer {

    /** How many records one transaction of a rebuild describes. */
    static final int BATCH = 200;

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final Map<String, SearchSource> sources;
    private final SearchEntryRepository entries;
    private final SearchLabelRepository labels;
    private final TextExtraction extraction;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ReentrantLock writing = new ReentrantLock();
    private final Transliterator latin = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    SearchIndexer(
            List<SearchSource> sources,
            SearchEntryRepository entries,
            SearchLabelRepository labels,
            TextExtraction extraction,
            EntityManager entityManager,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.sources = sources.stream().collect(Collectors.toMap(SearchSource::topic, Function.identity()));
        this.entries = entries;
        this.labels = labels;
        this.extraction = extraction;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * After the change commits, on a thread of its own (like {@code @ApplicationModuleListener}, but the transaction is
     * the indexer's own, begun once the writing lock is held: see {@link #index}).
     */
    @Async
    @TransactionalEventListener
    void on(RecordsChanged changed) {
        index(changed.topic(), changed.ids());
    }

    /**
     * Describes these records of the topic again, in a transaction of its own that commits before the next writer of
     * this instance begins (so that two writers never add the same entry); a writer of another instance that added it
     * first makes this one try again.
     */
    void index(String topic, Collection<Long> ids) {
        SearchSource source = sources.get(topic);
        if (source == null || ids.isEmpty()) {
            return;
        }
        writing.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    ownTransaction.executeWithoutResult(
                            status -> write(topic, ids, source.documents(ids), Instant.now(clock)));
                    return;
                } catch (DataIntegrityViolationException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
        } finally {
            writing.unlock();
        }
    }

    private void write(String topic, Collection<Long> ids, List<SearchDocument> documents, Instant now) {
        Map<String, SearchEntry> existing = new HashMap<>();
        for (SearchEntry entry : entries.findByTopicAndRefIdIn(topic, ids)) {
            existing.put(entry.getRefId() + "/" + entry.getVariant(), entry);
        }
        Map<String, SearchFacet> facets = new LinkedHashMap<>();
        for (SearchDocument document : documents) {
            if (!document.topic().equals(topic) || !ids.contains(document.refId())) {
                throw new IllegalStateException("A source described a record it was not asked for: " + document);
            }
            SearchEntry old = existing.remove(document.refId() + "/" + document.variant());
            SearchEntry entry = describe(document, old, now);
            if (old == null) {
                entries.save(entry);
            } else {
                old.replaceWith(entry);
            }
            document.facets().forEach(facet -> facets.putIfAbsent(facet.token(), facet));
        }
        if (!existing.isEmpty()) {
            entries.deleteAll(existing.values());
        }
        label(facets);
    }

    private SearchEntry describe(SearchDocument document, SearchEntry old, Instant now) {
        String fileText = null;
        String fileNote = null;
        if (document.attachment() != null) {
            if (old != null
                    && document.fingerprint() != null
                    && document.fingerprint().equals(old.getFingerprint())) {
                fileText = old.getFileText();
                fileNote = old.getFileNote();
            } else {
                TextExtraction.Result read = extraction.extract(
                        document.attachment().fileName(),
                        document.attachment().content().get());
                fileText = read.text().isEmpty() ? null : read.text();
                fileNote = read.note() == null ? null : read.note().name();
            }
        }
        return new SearchEntry(document, withTransliteration(document), fileText, fileNote, now);
    }

    /** The names, and where a name or the title is written in another script, its Latin transliteration. */
    private String withTransliteration(SearchDocument document) {
        String names = document.names() == null ? "" : document.names();
        String original = names + "\n" + document.titleDe() + "\n" + document.titleEn();
        if (original.codePoints().allMatch(point -> point < 0x250)) {
            return names;
        }
        String transliterated;
        synchronized (latin) {
            transliterated = latin.transliterate(original);
        }
        return (names + "\n" + transliterated).strip();
    }

    private void label(Map<String, SearchFacet> facets) {
        if (facets.isEmpty()) {
            return;
        }
        Map<String, SearchLabel> known = labels.findAllById(facets.keySet()).stream()
                .collect(Collectors.toMap(SearchLabel::token, Function.identity()));
        List<SearchLabel> added = new ArrayList<>();
        facets.forEach((token, facet) -> {
            SearchLabel label = known.get(token);
            if (label == null) {
                added.add(new SearchLabel(token, facet.labelDe(), facet.labelEn()));
            } else {
                label.relabel(facet.labelDe(), facet.labelEn());
            }
        });
        labels.saveAll(added);
    }

    /**
     * Describes every record of every source again, a page of records per transaction, then forgets entries that no
     * source described (their records are gone) and topics no source answers for any more. Returns the number of
     * entries.
     */
    public long rebuild() {
        Instant started = Instant.now(clock);
        long records = 0;
        for (SearchSource source : sources.values()) {
            long topicStarted = System.nanoTime();
            long topicRecords = 0;
            long after = 0;
            while (true) {
                final long from = after;
                List<Long> ids = transactions.execute(status -> source.ids(from, BATCH));
                if (ids == null || ids.isEmpty()) {
                    break;
                }
                index(source.topic(), ids);
                records += ids.size();
                topicRecords += ids.size();
                after = ids.getLast();
            }
            log.info(
                    "Search: {} records of {} described in {} ms",
                    topicRecords,
                    source.topic(),
                    (System.nanoTime() - topicStarted) / 1_000_000);
        }
        transactions.executeWithoutResult(status -> {
            List<Long> gone = new ArrayList<>(entries.idsIndexedBefore(started));
            gone.addAll(entries.idsOfTopicsOtherThan(sources.keySet()));
            for (int from = 0; from < gone.size(); from += 1000) {
                entries.deleteAll(entries.findAllById(gone.subList(from, Math.min(gone.size(), from + 1000))));
            }
        });
        long entryCount = transactions.execute(status -> entries.count());
        double seconds = java.time.Duration.between(started, Instant.now(clock)).toMillis() / 1000.0;
        log.info(
                "Search entries described again from {} records of {} topics in {} s ({} records/s), {} entries",
                records,
                sources.size(),
                String.format(java.util.Locale.ROOT, "%.1f", seconds),
                Math.round(records / Math.max(seconds, 0.001)),
                entryCount);
        return entryCount;
    }

    /** Builds the index again from the table alone: when the index was lost but the entries were kept. */
    public void reindexTable() {
        long started = System.nanoTime();
        try {
            Search.mapping(entityManager.getEntityManagerFactory())
                    .scope(SearchEntry.class)
                    .massIndexer()
                    // Drop and create rather than purge: OpenSearch purges with _delete_by_query, which lives in its
                    // reindex module; dropping the index needs nothing beyond the server itself.
                    .dropAndCreateSchemaOnStart(true)
                    .purgeAllOnStart(false)
                    .mergeSegmentsOnFinish(true)
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(200)
                    .startAndWait();
            log.info("Search index built from its table in {} s", (System.nanoTime() - started) / 1_000_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing", e);
        }
    }

    /**
     * Merges the index's segments into one, every night (`jumelage.search.merge-cron`): counting facets over many
     * segments first maps every segment's values onto one another, which cost up to half of a broad search's time on
     * the network-scale data set (docs/performance.md). Changes during the day add segments again.
     */
    @org.springframework.scheduling.annotation.Scheduled(
            cron = "${jumelage.search.merge-cron:0 40 3 * * *}",
            zone = "${jumelage.time-zone}")
    public void mergeSegments() {
        writing.lock();
        try {
            long started = System.nanoTime();
            Search.mapping(entityManager.getEntityManagerFactory())
                    .scope(SearchEntry.class)
                    .workspace()
                    .mergeSegments();
            log.info("Search index merged in {} ms", (System.nanoTime() - started) / 1_000_000);
        } finally {
            writing.unlock();
        }
    }

    /** The topics the index is fed with. */
    Collection<String> topics() {
        return sources.keySet();
    }
}
