package org.jumelage.exchange.domain;

import java.time.Instant;
import org.jumelage.documents.StoredFile;

/** A stay document's facts, without its content. */
public record StayDocumentInfo(
        long id,
        String title,
        String fileName,
        String contentType,
        long sizeBytes,
        Instant uploadedAt,
        String uploadedBy) {

    public long kilobytes() {
        return StoredFile.kilobytes(sizeBytes);
    }
}
