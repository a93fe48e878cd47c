package org.jumelage.search.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The names of facet values for result pages, kept in memory until the labels' change counter moves
 * ({@link org.jumelage.shared.ChangeCounter}, topic {@code search-labels}): a result page names up to 72 values, and
 * reading them from {@code search_label} each time cost a tenth of a broad search (docs/performance.md); one look-up
 * of one row says whether any label changed, on whichever instance wrote it. Kept only when read in a read-only
 * transaction, as a writing one may see its own change and then roll back.
 */
@Component
class FacetLabels {

    /** A value's names in German and English. */
    record Names(String de, String en) {
        String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : de;
        }
    }

    /** The names read at one state of the counter; a token without a label is kept as empty. */
    private record Kept(long changes, Map<String, Optional<Names>> names) {}

    private static final int MOST = 50_000;

    private final SearchLabelRepository labels;
    private final JdbcTemplate jdbc;
    private volatile Kept kept = new Kept(-1, new ConcurrentHashMap<>());

    FacetLabels(SearchLabelRepository labels, JdbcTemplate jdbc) {
        this.labels = labels;
        this.jdbc = jdbc;
    }

    /** The names of those tokens that have any. */
    Map<String, Names> of(Collection<String> tokens) {
        long changes =
                jdbc.queryForObject("select changes from change_counter where topic = 'search-labels'", Long.class);
        Kept current = kept;
        if (current.changes() != changes || current.names().size() > MOST) {
            current = new Kept(changes, new ConcurrentHashMap<>());
        }
        Map<String, Names> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String token : tokens) {
            Optional<Names> known = current.names().get(token);
            if (known == null) {
                missing.add(token);
            } else {
                known.ifPresent(names -> found.put(token, names));
            }
        }
        Map<String, Optional<Names>> loaded = new HashMap<>();
        missing.forEach(token -> loaded.put(token, Optional.empty()));
        labels.findAllById(missing).forEach(label -> {
            Names names = new Names(label.label(Locale.GERMAN), label.label(Locale.ENGLISH));
            loaded.put(label.token(), Optional.of(names));
            found.put(label.token(), names);
        });
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            current.names().putAll(loaded);
            kept = current;
        }
        return found;
    }
}
