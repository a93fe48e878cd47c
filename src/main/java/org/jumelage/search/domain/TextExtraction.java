package org.jumelage.search.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jumelage.documents.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads the text of a stored file (PDF, DOCX, XLSX, ODT and the other types Tika knows) for the index, within limits
 * that a hostile file cannot break: the file's size, the length of the text kept ({@link #MAX_CHARACTERS}; the rest is
 * cut), the time a file may take (on its own thread, abandoned when the time is up) and the number of files read at
 * once. Tika's own guard stops archives that unpack to far more than they hold (zip bombs); files inside a file are not
 * read. A file that cannot be read gets a note and no text; the document itself is kept either way.
 */
@Component
class TextExtraction implements DisposableBean {

    /** The most characters of text kept of one file (and of a record's own text). */
    static final int MAX_CHARACTERS = 500_000;

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

    private final Duration timeout;
    private final long maxBytes;
    private final Semaphore running;
    private final ExecutorService threads;

    TextExtraction(SearchProperties settings, DocumentStore.Settings documents) {
        SearchProperties.Extraction extraction = settings.extraction();
        DataSize maxSize = extraction.maxSize() != null ? extraction.maxSize() : documents.maxSize();
        this.timeout = extraction.timeout();
        this.maxBytes = maxSize.toBytes();
        this.running = new Semaphore(extraction.parallel());
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "text-extraction-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What was read of a file: its text (empty when none) and, where reading failed or was cut, why. */
    record Result(String text, Note note) {
        boolean failed() {
            return note != null && note != Note.CUT;
        }
    }

    /** Why a file's text is missing or incomplete. */
    enum Note {
        /** The text was longer than {@link #MAX_CHARACTERS}; the beginning is kept. */
        CUT,
        TOO_LARGE,
        TIMED_OUT,
        UNREADABLE,
        BUSY
    }

    Result extract(String fileName, byte[] content) {
        if (content == null) {
            // The file went while its record was described (deleted, or its transaction rolled back): no text. The
            // event of its removal follows; failing here left the search's event waiting for good.
            return new Result("", null);
        }
        if (content.length > maxBytes) {
            return new Result("", Note.TOO_LARGE);
        }
        boolean permitted;
        try {
            permitted = running.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result("", Note.BUSY);
        }
        if (!permitted) {
            return new Result("", Note.BUSY);
        }
        Future<Result> reading = threads.submit(() -> {
            try {
                return parse(fileName, content);
            } finally {
                running.release();
            }
        });
        try {
            return reading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            log.warn("Reading the text of a stored file took longer than {}; it is indexed without its text", timeout);
            return new Result("", Note.TIMED_OUT);
        } catch (ExecutionException e) {
            log.warn(
                    "The text of a stored file could not be read: {}",
                    e.getCause().toString());
            return new Result("", Note.UNREADABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reading.cancel(true);
            return new Result("", Note.BUSY);
        }
    }

    private static Result parse(String fileName, byte[] content) {
        StringWriter text = new StringWriter();
        WriteOutContentHandler limited = new WriteOutContentHandler(text, MAX_CHARACTERS);
        BodyContentHandler handler = new BodyContentHandler(limited);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = new ByteArrayInputStream(content)) {
            new AutoDetectParser().parse(in, handler, metadata, new ParseContext());
        } catch (OutOfMemoryError e) {
            return new Result("", Note.UNREADABLE);
        } catch (Exception e) {
            if (org.apache.tika.exception.WriteLimitReachedException.isWriteLimitReached(e)) {
                return new Result(clean(text.toString()), Note.CUT);
            }
            log.warn("The text of a stored file could not be read: {}", e.toString());
            return new Result("", Note.UNREADABLE);
        }
        return new Result(clean(text.toString()), null);
    }

    /** Runs of blank space become one; text without letters or digits counts as none. */
    private static String clean(String text) {
        String cleaned = text.replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll("\\n\\s*\\n+", "\n")
                .strip();
        return cleaned.codePoints().anyMatch(Character::isLetterOrDigit) ? cleaned : "";
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
