package org.jumelage.publicweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A dataset is written once per state of the data and then served from its file; a new state replaces the file; a
 * writer that fails leaves nothing behind, so that no client ever gets half a dataset.
 */
class OpenDataFilesTests {

    @Test
    void aDatasetIsWrittenOncePerStateOfTheData() throws Exception {
        OpenDataFiles files = new OpenDataFiles();
        AtomicInteger writes = new AtomicInteger();
        OpenDataFiles.Content content = out -> out.write("id,name\n" + writes.incrementAndGet() + ",Paris\n");

        Path first = files.file("partnerships.csv", "W/\"p1\"", content);
        assertThat(files.file("partnerships.csv", "W/\"p1\"", content)).isEqualTo(first);
        assertThat(writes).hasValue(1);
        assertThat(Files.readString(first)).isEqualTo("id,name\n1,Paris\n");

        Path second = files.file("partnerships.csv", "W/\"p2\"", content);
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readString(second)).isEqualTo("id,name\n2,Paris\n");
        assertThat(first).as("the earlier state's file is gone").doesNotExist();
        // Another dataset of the same state is a file of its own.
        assertThat(files.file("activities.csv", "W/\"p2\"", out -> out.write("x")))
                .isNotEqualTo(second)
                .exists();
        assertThat(second).exists();
        // Stopping removes the instance's folder.
        files.removeFolder();
        assertThat(second.getParent()).doesNotExist();
    }

    @Test
    void aWriterThatFailsLeavesNothingAndTheNextOneWritesTheFile() throws Exception {
        OpenDataFiles files = new OpenDataFiles();
        assertThatThrownBy(() -> files.file("partnerships.geojson", "W/\"p1\"", out -> {
                    out.write("{\"type\":\"FeatureCollection\",");
                    throw new IllegalStateException("the database went away");
                }))
                .isInstanceOf(IllegalStateException.class);
        Path written = files.file("partnerships.geojson", "W/\"p1\"", out -> out.write("{}"));
        assertThat(Files.readString(written)).isEqualTo("{}");
        try (var left = Files.list(written.getParent())) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void aDatasetWrittenWhileTheDataChangedIsWrittenAgainForTheNewState() throws Exception {
        OpenDataFiles files = new OpenDataFiles();
        java.util.concurrent.atomic.AtomicReference<String> state =
                new java.util.concurrent.atomic.AtomicReference<>("W/\"p1\"");
        AtomicInteger writes = new AtomicInteger();
        // The first write sees the data published anew half-way through its pages.
        OpenDataFiles.Content content = out -> {
            int write = writes.incrementAndGet();
            out.write("id\n1\n");
            if (write == 1) {
                state.set("W/\"p2\"");
            }
            out.write(write + "\n");
        };
        OpenDataFiles.Written written = files.file("partnerships.csv", "W/\"p1\"", state::get, content);
        assertThat(written.etag()).isEqualTo("W/\"p2\"");
        assertThat(Files.readString(written.path())).isEqualTo("id\n1\n2\n");
        assertThat(files.file("partnerships.csv", "W/\"p2\"", state::get, content)
                        .path())
                .isEqualTo(written.path());
        assertThat(writes).hasValue(2);

        // Data that changes on every write: no file is passed off as one state, the request fails.
        AtomicInteger version = new AtomicInteger(10);
        assertThatThrownBy(
                        () -> files.file("activities.csv", "W/\"p10\"", () -> "W/\"p" + version.get() + "\"", out -> {
                            version.incrementAndGet();
                            out.write("x");
                        }))
                .isInstanceOf(IllegalStateException.class);
        try (var left = Files.list(written.path().getParent())) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("activities.csv"));
        }
        files.removeFolder();
    }
}
