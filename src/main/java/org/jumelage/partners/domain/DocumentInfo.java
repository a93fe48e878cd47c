package org.jumelage.partners.domain;

import org.jumelage.documents.StoredFile;

/** What a page shows of a stored document, without loading its content. */
public record DocumentInfo(long instrumentId, String fileName, long sizeBytes) {

    public long kilobytes() {
        return StoredFile.kilobytes(sizeBytes);
    }
}
