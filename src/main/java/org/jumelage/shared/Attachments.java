package org.jumelage.shared;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one answer for a file the application writes (an export, a report's table, a dossier): its type and an
 * attachment with the file's name, so that the browser saves it and never renders it. Stored documents answer through
 * {@code documents.Downloads} instead.
 */
public final class Attachments {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private Attachments() {}

    public static ResponseEntity<byte[]> of(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }

    /** Text as a UTF-8 CSV file. */
    public static ResponseEntity<byte[]> csv(String text, String fileName) {
        return of(text.getBytes(StandardCharsets.UTF_8), CSV, fileName);
    }

    public static ResponseEntity<byte[]> xlsx(byte[] workbook, String fileName) {
        return of(workbook, XLSX, fileName);
    }
}
