package org.jumelage.exchange.domain;

import java.time.Instant;

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
        return Math.max(1, (sizeBytes + 1023) / 1024);
    }
}
