package org.jumelage.activities.domain;

import java.time.Instant;
import org.jumelage.activities.DocumentKind;

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
        return Math.max(1, sizeBytes / 1024);
    }
}
