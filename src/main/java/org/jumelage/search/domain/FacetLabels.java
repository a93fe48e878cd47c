package org.jumelage.search.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The names of facet values for result pages, kept in memory for a minute: a result page names up to 72 values, and
 * reading them from {@code search_label} each time cost a tenth of a broad search (docs/performance.md). This node's
 * indexer forgets them when it writes labels; a label another node changed shows here within a minute.
 */
@Component
class FacetLabels {

    /** A value's names in German and English. */
    record Names(String de, String en) {
        String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : de;
        }
    }

    private record Kept(Optional<Names> names, long loadedAt) {}

    static final long KEPT_NANOS = 60_000_000_000L;
    private static final int MOST = 50_000;

    private final SearchLabelRepository labels;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    FacetLabels(SearchLabelRepository labels) {
        this.labels = labels;
    }

    /** The names of those tokens that have any. */
    Map<String, Names> of(Collection<String> tokens) {
        long now = System.nanoTime();
        Map<String, Names> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String token : tokens) {
            Kept one = kept.get(token);
            if (one == null || now - one.loadedAt() > KEPT_NANOS) {
                missing.add(token);
            } else {
                one.names().ifPresent(names -> found.put(token, names));
            }
        }
        if (!missing.isEmpty()) {
            if (kept.size() > MOST) {
                kept.clear();
            }
            Map<String, Names> loaded = new HashMap<>();
            labels.findAllById(missing)
                    .forEach(label -> loaded.put(
                            label.token(), new Names(label.label(Locale.GERMAN), label.label(Locale.ENGLISH))));
            for (String token : missing) {
                Names names = loaded.get(token);
                kept.put(token, new Kept(Optional.ofNullable(names), now));
                if (names != null) {
                    found.put(token, names);
                }
            }
        }
        return found;
    }

    /** Forgets every name now and once the transaction that wrote labels commits (a page may read them meanwhile). */
    void forget() {
        kept.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    kept.clear();
                }
            });
        }
    }
}
