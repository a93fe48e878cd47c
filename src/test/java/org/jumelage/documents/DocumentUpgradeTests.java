package org.jumelage.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A database made by the schema before the document store (V13), holding documents of every kind and use, is
 * upgraded to the latest schema: every document keeps its exact bytes, size and checksum, and every name ends as its
 * type, by the same rule the store applies to new uploads. Runs in a schema of its own on H2 and, in CI, on
 * PostgreSQL.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
class DocumentUpgradeTests {

    @Autowired
    DataSource dataSource;

    private final String schema = "upgrade_" + UUID.randomUUID().toString().substring(0, 8);

    /** A document as V13 stored it, and the name it must have after the upgrade. */
    private record Stored(String table, long id, String fileName, FileType type, byte[] content, String expected) {}

    private final List<Stored> stored = new ArrayList<>();

    private Flyway flyway(String target) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("drop schema " + schema + " cascade");
        }
    }

    @Test
    void everyStoredDocumentSurvivesTheUpgradeByteForByteAndEndsAsItsType() throws SQLException {
        flyway("13").migrate();
        try (Connection connection = dataSource.getConnection()) {
            owners(connection);
            instrumentDocument(connection, 1, "Vertrag Paris.pdf", pdf(1), "Vertrag Paris.pdf");
            instrumentDocument(connection, 2, "Städtepartnerschaft 1987.pdf", pdf(2), "Städtepartnerschaft 1987.pdf");
            stayDocument(connection, 1, "Anreise.cmd", pdf(3), "Anreise.pdf");
            stayDocument(connection, 2, "Vereinbarung", pdf(4), "Vereinbarung.pdf");
            stayDocument(connection, 3, "Programm.PDF", pdf(5), "Programm.PDF");
            activityDocument(connection, 1, 1, "Protokoll.html", FileType.PDF, pdf(6), "Protokoll.pdf");
            activityDocument(connection, 2, 2, "Protokoll.pdf", FileType.PDF, pdf(7), "Protokoll.pdf");
            activityDocument(connection, 3, 1, "foto.png", FileType.JPEG, bytes(FileType.JPEG, 8), "foto.jpg");
            activityDocument(connection, 4, 1, "Gruppe.jpeg", FileType.JPEG, bytes(FileType.JPEG, 9), "Gruppe.jpeg");
            activityDocument(connection, 5, 1, "plan", FileType.PNG, bytes(FileType.PNG, 10), "plan.png");
            activityDocument(
                    connection, 6, 1, "bericht.docx", FileType.DOCX, TestFiles.officeOpenXml("word"), "bericht.docx");
            activityDocument(
                    connection,
                    7,
                    1,
                    "tabelle.ods",
                    FileType.ODS,
                    TestFiles.openDocument("spreadsheet"),
                    "tabelle.ods");
        }

        flyway(null).migrate();

        try (Connection connection = dataSource.getConnection()) {
            for (Stored document : stored) {
                String key = document.table().equals("instrument_document") ? "instrument_id" : "id";
                try (PreparedStatement select =
                        connection.prepareStatement("select file_name, content_type, size_bytes, sha256, content from "
                                + schema + "." + document.table() + " where " + key + " = ?")) {
                    select.setLong(1, document.id());
                    try (ResultSet row = select.executeQuery()) {
                        assertThat(row.next()).isTrue();
                        assertThat(row.getString("file_name"))
                                .as(document.fileName())
                                .isEqualTo(document.expected())
                                .isEqualTo(DocumentStore.nameFor(document.fileName(), document.type()));
                        assertThat(row.getString("content_type"))
                                .isEqualTo(document.type().mediaType());
                        assertThat(row.getBytes("content")).isEqualTo(document.content());
                        assertThat(row.getLong("size_bytes")).isEqualTo(document.content().length);
                        assertThat(row.getString("sha256")).isEqualTo(sha256(document.content()));
                    }
                }
            }
            assertThat(count(connection, "instrument_document")).isEqualTo(2);
            assertThat(count(connection, "stay_document")).isEqualTo(3);
            assertThat(count(connection, "activity_document")).isEqualTo(7);
        }
    }

    /** The smallest rows the documents hang on: a relationship's instrument, an activity, a stay. */
    private void owners(Connection connection) throws SQLException {
        String now = "current_timestamp";
        for (String insert : List.of(
                "insert into city (id, slug, name_de, name_en, country_code) values (1, 'paris', 'Paris', 'Paris', 'FR')",
                "insert into relationship (id, city_id, type, status, created_at, created_by, updated_at, updated_by)"
                        + " values (1, 1, 'CITY_PARTNERSHIP', 'ACTIVE', " + now + ", 'admin', " + now + ", 'admin')",
                "insert into instrument (id, relationship_id, kind) values (1, 1, 'FRAMEWORK_AGREEMENT')",
                "insert into instrument (id, relationship_id, kind) values (2, 1, 'FRAMEWORK_AGREEMENT')",
                "insert into activity (id, uid, type, level, title_de, all_day, start_date, end_date, time_zone,"
                        + " starts_at, ends_at, status, created_at, created_by, updated_at, updated_by) values (1,"
                        + " 'a1', 'WORKSHOP', 'DEPARTMENT', 'Workshop', true, current_date, current_date, 'Europe/Berlin',"
                        + " " + now + ", " + now + ", 'PLANNED', " + now + ", 'admin', " + now + ", 'admin')",
                "insert into exchange_programme (id, code, name_de, name_en, status, updated_at)"
                        + " values (1, 'MYM', 'Move Your Mind', 'Move Your Mind', 'ACTIVE', " + now + ")",
                "insert into exchange_call (id, programme_id, title_de, title_en, opens_at, closes_at, time_zone,"
                        + " stays_from, stays_to, min_weeks, max_weeks, retention_months, updated_at) values (1, 1,"
                        + " 'Aufruf', 'Call', " + now + ", " + now + ", 'Europe/Berlin', current_date, current_date,"
                        + " 1, 4, 12, " + now + ")",
                "insert into host_placement (id, call_id, host_unit_id, incoming, topic_de, topic_en, period_from,"
                        + " period_to, weeks, places, created_by, updated_at) values (1, 1, 1, false, 'Thema',"
                        + " 'Topic', current_date, current_date, 2, 1, 'admin', " + now + ")",
                "insert into exchange_stay (id, call_id, placement_id, incoming, administration_id, berlin_unit_id,"
                        + " starts_on, ends_on, status, updated_at) values (1, 1, 1, false, 1, 1, current_date,"
                        + " current_date, 'PLANNED', " + now + ")")) {
            connection.createStatement().execute(insert.replaceAll("into (\\w+)", "into " + schema + ".$1"));
        }
    }

    private void instrumentDocument(Connection connection, long id, String fileName, byte[] content, String expected)
            throws SQLException {
        insert(
                connection,
                "instrument_document",
                Map.of("instrument_id", id),
                new Stored("instrument_document", id, fileName, FileType.PDF, content, expected));
    }

    private void stayDocument(Connection connection, long id, String fileName, byte[] content, String expected)
            throws SQLException {
        insert(
                connection,
                "stay_document",
                Map.of("id", id, "stay_id", 1L, "title", "Dokument " + id),
                new Stored("stay_document", id, fileName, FileType.PDF, content, expected));
    }

    private void activityDocument(
            Connection connection,
            long id,
            int version,
            String fileName,
            FileType type,
            byte[] content,
            String expected)
            throws SQLException {
        insert(
                connection,
                "activity_document",
                Map.of(
                        "id",
                        id,
                        "activity_id",
                        1L,
                        "kind",
                        "OTHER",
                        "title",
                        version == 1 ? "Dokument " + id : "Dokument 1",
                        "version_no",
                        version),
                new Stored("activity_document", id, fileName, type, content, expected));
    }

    /** One row with the store's columns as V13 had them, and the owner's own columns. */
    private void insert(Connection connection, String table, Map<String, Object> ownerColumns, Stored document)
            throws SQLException {
        Map<String, Object> columns = new HashMap<>(ownerColumns);
        columns.put("file_name", document.fileName());
        columns.put("content_type", document.type().mediaType());
        columns.put("size_bytes", (long) document.content().length);
        columns.put("sha256", sha256(document.content()));
        columns.put("content", document.content());
        columns.put("uploaded_by", "admin");
        List<String> names = List.copyOf(columns.keySet());
        String sql = "insert into " + schema + "." + table + " (" + String.join(", ", names) + ", uploaded_at)"
                + " values (" + "?, ".repeat(names.size()) + "current_timestamp)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < names.size(); i++) {
                insert.setObject(i + 1, columns.get(names.get(i)));
            }
            insert.executeUpdate();
        }
        stored.add(document);
    }

    private long count(Connection connection, String table) throws SQLException {
        try (ResultSet rows =
                connection.createStatement().executeQuery("select count(*) from " + schema + "." + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A PDF with every byte value in it, as binary PDFs have. */
    private static byte[] pdf(int seed) {
        return bytes(FileType.PDF, seed);
    }

    private static byte[] bytes(FileType type, int seed) {
        byte[] head = switch (type) {
            case PDF -> "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            case JPEG -> TestFiles.jpeg();
            case PNG -> TestFiles.png();
            default -> throw new IllegalArgumentException(type.name());
        };
        byte[] content = new byte[head.length + 70_000 + seed];
        new Random(seed).nextBytes(content);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    private static String sha256(byte[] content) {
        return org.jumelage.shared.StoredFiles.sha256(content);
    }
}
