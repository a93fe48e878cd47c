package org.jumelage.activities.domain;

import java.time.Instant;
import org.jumelage.activities.DocumentKind;
import org.jumelage.documents.StoredFile;

/** A document version's facts, without its content. */
public record DocumentVersion(
        long id,
        DocumentKind kind,
        String title,
        int number,
        String fileName,
        String contentType,
        long sizeBytes,
        Instant uploadedAt,
        String uploadedBy) {

    public long kilobytes() {
        return StoredFile.kilobytes(sizeBytes);
    }
}
