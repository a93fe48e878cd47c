package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Guards the vendored front-end files: they may only change through vendor/refresh.sh,
 * which rewrites vendor/checksums.sha256 together with the files.
 */
class VendorChecksumTests {

    private static final Path CHECKSUMS = Path.of("vendor", "checksums.sha256");
    private static final Path PACKAGES = Path.of("vendor", "packages.tsv");
    private static final Path VENDOR_ROOT = Path.of("src", "main", "resources", "static", "vendor");
    private static final String PACKAGES_HEADER = "package\tversion\tlicence\ttarget_dir";

    // sha256sum writes "<hash>  <path>" in text mode and "<hash> *<path>" in binary mode.
    private static final Pattern CHECKSUM_LINE = Pattern.compile("^([0-9a-f]{64}) [ *](.+)$");

    @Test
    void everyListedFileMatchesItsChecksum() throws IOException {
        Map<String, String> expected = readChecksums();
        assertThat(expected).as("entries in %s", CHECKSUMS).isNotEmpty();

        List<String> problems = new ArrayList<>();
        expected.forEach((file, expectedHash) -> {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                problems.add(file + ": listed in " + CHECKSUMS + " but missing");
                return;
            }
            String actualHash = sha256(path);
            if (!actualHash.equals(expectedHash)) {
                problems.add(file + ": expected sha256 " + expectedHash + " but was " + actualHash);
            }
        });

        assertThat(problems)
                .as("vendored files differ from %s; never edit them by hand, run vendor/refresh.sh", CHECKSUMS)
                .isEmpty();
    }

    @Test
    void everyVendoredFileIsListed() throws IOException {
        TreeSet<String> listed = new TreeSet<>(readChecksums().keySet());
        TreeSet<String> present;
        try (Stream<Path> files = Files.walk(VENDOR_ROOT)) {
            present = files.filter(Files::isRegularFile)
                    .map(VendorChecksumTests::slashSeparated)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        present.removeAll(listed);

        assertThat(present)
                .as(
                        "files under %s without an entry in %s; vendor them with vendor/refresh.sh or delete them",
                        slashSeparated(VENDOR_ROOT), CHECKSUMS)
                .isEmpty();
    }

    @Test
    void everyPackageDeclaresVersionAndLicence() throws IOException {
        List<String> lines = Files.readAllLines(PACKAGES).stream()
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(lines).as("lines in %s", PACKAGES).isNotEmpty();
        assertThat(lines.get(0)).as("header of %s", PACKAGES).isEqualTo(PACKAGES_HEADER);

        List<String> rows = lines.subList(1, lines.size());
        assertThat(rows).as("package rows in %s", PACKAGES).isNotEmpty();
        for (String row : rows) {
            String[] columns = row.split("\t", -1);
            assertThat(columns)
                    .as("tab-separated columns of row '%s' in %s", row, PACKAGES)
                    .hasSize(4);
            assertThat(columns[1])
                    .as("version of %s in %s", columns[0], PACKAGES)
                    .isNotBlank();
            assertThat(columns[2])
                    .as("licence of %s in %s", columns[0], PACKAGES)
                    .isNotBlank();
            assertThat(Path.of(columns[3]))
                    .as("target_dir of %s in %s", columns[0], PACKAGES)
                    .isDirectory();
        }
    }

    private static Map<String, String> readChecksums() throws IOException {
        assertThat(CHECKSUMS)
                .as("checksum list (tests must run with the project root as working directory)")
                .isRegularFile();
        Map<String, String> checksums = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(CHECKSUMS)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = CHECKSUM_LINE.matcher(line);
            assertThat(matcher.matches())
                    .as("%s line %d is not sha256sum output: '%s'", CHECKSUMS, lineNumber, line)
                    .isTrue();
            String previous = checksums.put(matcher.group(2), matcher.group(1));
            assertThat(previous)
                    .as("%s lists %s twice", CHECKSUMS, matcher.group(2))
                    .isNull();
        }
        return checksums;
    }

    private static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash " + file, e);
        }
    }

    // The checksum file always uses '/', whatever the platform separator is.
    private static String slashSeparated(Path path) {
        return StreamSupport.stream(path.spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
    }
}
