package org.jumelage.reporting.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * How many of the reports' files (a dossier, a table's workbook) are written at once. A dossier of a busy city takes
 * tens of megabytes while it is put together and written; on the network-scale data set 32 at once ran the production
 * heap (256 MiB) out (docs/performance.md, session 14). Others wait their turn, at most a minute, then hear 503.
 */
@Component
class FileSlots {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Semaphore slots;

    FileSlots(@Value("${jumelage.reports.concurrent-files:2}") int concurrent) {
        this.slots = new Semaphore(Math.max(1, concurrent), true);
    }

    <T> T write(Supplier<T> file) {
        try {
            if (!slots.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ResponseStatusException(
                        HttpStatus.SERVICE_UNAVAILABLE, "every writer of reports' files was busy for a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to write a report's file", e);
        }
        try {
            return file.get();
        } finally {
            slots.release();
        }
    }
}
