package org.jumelage.search.domain;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the index can be trusted, checked at every start on a thread of its own (the app serves meanwhile): when
 * the version of what the index holds ({@link #VERSION}: raise it whenever a source describes its records differently
 * or the analysis changes) differs from the one recorded in table {@code search_state}, every entry is described again
 * from the sources; when only the index lost entries that the table holds (a new machine, a deleted index folder, a
 * fresh OpenSearch), the index is built from the table. Of several instances starting at once, the one that records
 * the new version first rebuilds. Also the command behind the administrators' "rebuild" button and
 * {@code --jumelage.search.rebuild-on-start}.
 *
 * <p>The entries (table {@code search_entry}) are shared by every instance, and so is an OpenSearch index: checking
 * and rebuilding run under a job lock ({@code search-index}, ADR 0030), so that instances starting together, an
 * instance starting while another rebuilds (a rolling restart) or an administrator pressing "rebuild" on each instance
 * never describe the records or rebuild the index twice at once (two instances starting on a fresh database both
 * described every record, found the load run of issue 16). An instance that finds the lock taken leaves a shared index
 * to the other; with the embedded Lucene index, which is each instance's own, it waits and then checks its own index
 * against the entries. Entries that another instance wrote a moment ago (OpenSearch shows them after its refresh) are
 * made visible by a refresh and counted again before the index is taken for one that lost entries.
 */
@Component
public class SearchIndexState {

    /**
     * The version of what the index holds: the entries' (raise it when a source describes its records differently: every
     * record is described again) and, after the dot, the index's (raise it when the mapping or the analysis changes: the
     * index is built again from the table).
     */
    static final String VERSION = "1.3";

    private static final Logger log = LoggerFactory.getLogger(SearchIndexState.class);

    /** Where the index stands. */
    public enum Status {
        CHECKING,
        REBUILDING,
        READY,
        FAILED
    }

    /** How long a check or rebuild of the shared index may hold its lock if its instance dies meanwhile. */
    private static final java.time.Duration LOCKED_AT_MOST = java.time.Duration.ofHours(3);

    /** How often an instance waiting for another one's check of the entries asks again. */
    private static final java.time.Duration WAIT_FOR_OTHER = java.time.Duration.ofSeconds(5);

    private final SearchIndexer indexer;
    private final JdbcTemplate jdbc;
    private final EntityManagerFactory entityManagerFactory;
    private final boolean rebuildOnStart;
    private final org.jumelage.shared.JobLocks jobs;
    private final boolean shared;
    private volatile Status status = Status.CHECKING;

    @org.springframework.beans.factory.annotation.Autowired
    SearchIndexState(
            SearchIndexer indexer,
            JdbcTemplate jdbc,
            EntityManagerFactory entityManagerFactory,
            SearchProperties settings,
            org.jumelage.shared.JobLocks jobs,
            org.springframework.core.env.Environment environment) {
        this(
                indexer,
                jdbc,
                entityManagerFactory,
                settings,
                jobs,
                "elasticsearch".equals(environment.getProperty("spring.jpa.properties.hibernate.search.backend.type")));
    }

    /** {@code shared}: whether every instance uses the same index (OpenSearch), rather than one of its own. */
    SearchIndexState(
            SearchIndexer indexer,
            JdbcTemplate jdbc,
            EntityManagerFactory entityManagerFactory,
            SearchProperties settings,
            org.jumelage.shared.JobLocks jobs,
            boolean shared) {
        this.indexer = indexer;
        this.jdbc = jdbc;
        this.entityManagerFactory = entityManagerFactory;
        this.rebuildOnStart = settings.rebuildOnStart();
        this.jobs = jobs;
        this.shared = shared;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkInBackground() {
        Thread thread = new Thread(this::check, "search-index-check");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Checks the index and rebuilds what is missing; returns when the index is ready (or failed). A shared index that
     * another instance is checking or rebuilding right now is left to it.
     */
    synchronized void check() {
        boolean told = false;
        while (true) {
            if (jobs.once("search-index", LOCKED_AT_MOST, () -> {
                        checkNow();
                        return true;
                    })
                    .isPresent()) {
                return;
            }
            if (shared) {
                status = Status.READY;
                log.info(
                        "Search index ready: another instance is checking or rebuilding the shared index; this one"
                                + " searches what it holds ({} entries)",
                        tableCount());
                return;
            }
            // The entries are shared, this instance's index is its own: once the other instance has described the
            // entries, this one checks its index against them.
            if (!told) {
                log.info("Another instance is checking the search entries; this one checks its index after it");
                told = true;
            }
            try {
                Thread.sleep(WAIT_FOR_OTHER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = Status.FAILED;
                return;
            }
        }
    }

    private void checkNow() {
        try {
            String recorded = recordedVersion();
            if (rebuildOnStart || recorded == null || !entriesPart(VERSION).equals(entriesPart(recorded))) {
                if (claim(recorded)) {
                    rebuildAll();
                }
            } else if (!VERSION.equals(recorded)) {
                if (claim(recorded)) {
                    status = Status.REBUILDING;
                    log.info("The search index's mapping changed; indexing the table again");
                    indexer.reindexTable();
                    jdbc.update("update search_state set state_value = ? where name = 'version'", VERSION);
                }
            } else if (lostEntries()) {
                status = Status.REBUILDING;
                log.info("The search index holds fewer entries than its table; indexing the table again");
                indexer.reindexTable();
            }
            status = Status.READY;
            log.info("Search index ready: {} entries", tableCount());
        } catch (RuntimeException e) {
            status = Status.FAILED;
            log.error("Checking the search index failed; search answers from what it holds", e);
        }
    }

    /**
     * Whether the index holds other than the table's entries. What another instance has just written shows in a shared
     * index (OpenSearch) only after its refresh: the index is refreshed and counted again before it is taken for one
     * that lost entries.
     */
    private boolean lostEntries() {
        if (indexedCount() == tableCount()) {
            return false;
        }
        if (!shared) {
            return true;
        }
        Search.mapping(entityManagerFactory)
                .scope(SearchEntry.class)
                .workspace()
                .refresh();
        return indexedCount() != tableCount();
    }

    /**
     * Describes every record again and builds the index from scratch: the administrators' command. One instance at a
     * time: -1 when another one is checking or rebuilding now.
     */
    public synchronized long rebuild() {
        return jobs.once("search-index", LOCKED_AT_MOST, this::rebuildNow).orElseGet(() -> {
            log.info("The search index is not rebuilt here: another instance is checking or rebuilding it");
            status = Status.READY;
            return -1L;
        });
    }

    private long rebuildNow() {
        try {
            long count = rebuildAll();
            status = Status.READY;
            return count;
        } catch (RuntimeException e) {
            status = Status.FAILED;
            throw e;
        }
    }

    private long rebuildAll() {
        status = Status.REBUILDING;
        long count = indexer.rebuild();
        // The entries written by the rebuild are indexed as they commit; the index is dropped and built from the
        // table only when it still lacks entries (a lost index): dropping it would leave searches without hits
        // meanwhile. Otherwise its segments, written batch by batch, are merged into one, as every night.
        if (indexedCount() != tableCount()) {
            indexer.reindexTable();
        } else {
            indexer.mergeSegments();
        }
        jdbc.update("update search_state set state_value = ? where name = 'version'", VERSION);
        return count;
    }

    /** Starts {@link #rebuild} on a thread of its own; false when a rebuild is already running. */
    public boolean rebuildInBackground() {
        if (status == Status.REBUILDING) {
            return false;
        }
        status = Status.REBUILDING;
        Thread thread = new Thread(
                () -> {
                    try {
                        rebuild();
                    } catch (RuntimeException e) {
                        log.error("Rebuilding the search index failed", e);
                    }
                },
                "search-index-rebuild");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /** How many entries the index holds, and how many stored files it could not read. */
    public record Figures(long entries, long indexed, long unreadFiles) {}

    public Figures figures() {
        Long unread = jdbc.queryForObject(
                "select count(*) from search_entry where file_note is not null and file_note <> 'CUT'", Long.class);
        return new Figures(tableCount(), indexedCount(), unread == null ? 0 : unread);
    }

    private static String entriesPart(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    public Status status() {
        return status;
    }

    /** Records that this instance takes on the rebuild; false when another instance already did. */
    private boolean claim(String recorded) {
        if (recorded == null) {
            try {
                jdbc.update("insert into search_state (name, state_value) values ('version', 'building')");
                return true;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                return false;
            }
        }
        return jdbc.update(
                        "update search_state set state_value = 'building' where name = 'version' and state_value = ?",
                        recorded)
                == 1;
    }

    private String recordedVersion() {
        List<String> values =
                jdbc.queryForList("select state_value from search_state where name = 'version'", String.class);
        return values.isEmpty() ? null : values.getFirst();
    }

    long indexedCount() {
        try (var session = entityManagerFactory.createEntityManager()) {
            return Search.session(session)
                    .search(SearchEntry.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }

    long tableCount() {
        Long count = jdbc.queryForObject("select count(*) from search_entry", Long.class);
        return count == null ? 0 : count;
    }
}
