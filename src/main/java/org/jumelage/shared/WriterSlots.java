package org.jumelage.shared;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * How many large files of one kind are written at once (a PDF laid out, a dossier, a report's workbook): each takes
 * tens of megabytes while it is written, and on the network-scale data set a few dozen at once ran the production
 * heap (256 MiB) out (docs/performance.md, session 14). Others wait their turn, at most {@link #WAIT}, then hear 503.
 * The one way every module bounds such work.
 */
public final class WriterSlots {

    public static final Duration WAIT = Duration.ofSeconds(60);

    private final String what;
    private final Semaphore slots;
    private final Duration wait;

    /** {@code what} names the writers in the 503's reason ("PDF writers"); at least one slot. */
    public WriterSlots(String what, int concurrent) {
        this(what, concurrent, WAIT);
    }

    WriterSlots(String what, int concurrent, Duration wait) {
        this.what = what;
        this.slots = new Semaphore(Math.max(1, concurrent), true);
        this.wait = wait;
    }

    public <T> T write(Supplier<T> file) {
        try {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ResponseStatusException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "every one of the " + what + " was busy for " + wait.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for one of the " + what, e);
        }
        try {
            return file.get();
        } finally {
            slots.release();
        }
    }
}
