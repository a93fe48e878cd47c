package org.jumelage.publicweb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jumelage.shared.StoredFiles;
import org.springframework.stereotype.Component;

/**
 * The datasets as files, written once per state of the public data and then copied to every client that asks: a
 * dataset of the network-scale data (12 MB of GeoJSON, 100 page queries) written for each of 32 clients at once filled
 * the production heap and kept the collector busy (docs/performance.md). A file is named by the dataset and the public
 * site's ETag, written completely before any byte is sent (an error is a 500, never a truncated 200), and replaced when
 * the data changes; one writer per dataset at a time, the others wait for its file. The folder is the instance's own,
 * in the system's temporary folder, and removed when the application stops (two instances on one machine never share
 * one).
 */
@Component
class OpenDataFiles {

    /** Writes a dataset's content. */
    interface Content {
        void write(Writer out) throws IOException;
    }

    private final Path folder;
    private final ConcurrentMap<String, Object> writing = new ConcurrentHashMap<>();

    OpenDataFiles() throws IOException {
        this.folder = Files.createTempDirectory("jumelage-open-data-");
    }

    /** Removes the folder and its files when the application stops. */
    @jakarta.annotation.PreDestroy
    void removeFolder() throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A dataset's file and the state of the data (the ETag) it holds. */
    record Written(Path path, String etag) {}

    /** How often a dataset is written again because the data changed while it was written, before giving up. */
    static final int ATTEMPTS = 5;

    /** The dataset's file for this state of the data (the ETag), written now if it is not there yet. */
    Path file(String dataset, String etag, Content content) {
        return file(dataset, etag, () -> etag, content).path();
    }

    /**
     * The dataset's file for the state {@code etag}, written now if it is not there yet. A dataset is read in many
     * pages; were the data published anew meanwhile, the pages would mix two states (a row skipped or twice). So the
     * state is asked again ({@code current}) once the file is written: if it moved, the file is thrown away and written
     * for the new state, which the answer then names.
     */
    Written file(String dataset, String etag, java.util.function.Supplier<String> current, Content content) {
        String state = etag;
        for (int attempt = 1; ; attempt++) {
            Path file = named(dataset, state);
            if (Files.exists(file)) {
                return new Written(file, state);
            }
            synchronized (writing.computeIfAbsent(dataset, any -> new Object())) {
                if (Files.exists(file)) {
                    return new Written(file, state);
                }
                try {
                    Path part = Files.createTempFile(folder, dataset, ".part");
                    try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                        content.write(out);
                    } catch (IOException | RuntimeException e) {
                        Files.deleteIfExists(part);
                        throw e;
                    }
                    String after = current.get();
                    if (after.equals(state)) {
                        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
                        forgetOthers(dataset, file);
                        return new Written(file, state);
                    }
                    Files.deleteIfExists(part);
                    if (attempt == ATTEMPTS) {
                        throw new IllegalStateException("the public data changed each of " + ATTEMPTS
                                + " times the dataset " + dataset + " was written");
                    }
                    state = after;
                } catch (IOException e) {
                    throw new UncheckedIOException("could not write the dataset " + dataset, e);
                }
            }
        }
    }

    private Path named(String dataset, String etag) {
        return folder.resolve(dataset + "-"
                + StoredFiles.sha256(etag.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
    }

    /** The dataset's files of earlier states of the data: a client still copying one keeps its open file. */
    private void forgetOthers(String dataset, Path current) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path other : files.toList()) {
                String name = other.getFileName().toString();
                if (!other.equals(current) && name.startsWith(dataset + "-") && !name.endsWith(".part")) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }
}
