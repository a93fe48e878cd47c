package org.jumelage.documents;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import java.time.Instant;

/**
 * A file as the store keeps it, embedded in its owner's row: the name (ending as its detected type), the media type,
 * size, checksum, content, and who uploaded it when. Only {@link DocumentStore#accept} makes one.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    protected StoredFile() {}

    StoredFile(String fileName, FileType type, byte[] content, String sha256, String uploadedBy, Instant uploadedAt) {
        this.fileName = fileName;
        this.contentType = type.mediaType();
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** A size as pages show it: whole kilobytes, rounded up, so that no stored file shows as 0 KB. */
    public static long kilobytes(long sizeBytes) {
        return Math.max(1, (sizeBytes + 1023) / 1024);
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
