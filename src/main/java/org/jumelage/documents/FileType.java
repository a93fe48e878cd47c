package org.jumelage.documents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A kind of file Jumelage keeps, recognised by its content alone: its media type and the file-name endings that go
 * with it (the first is the one a stored file gets).
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};

    private final String mediaType;
    private final List<String> endings;

    FileType(String mediaType, String... endings) {
        this.mediaType = mediaType;
        this.endings = List.of(endings);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The ending a stored file of this type gets, without the dot. */
    public String ending() {
        return endings.getFirst();
    }

    /** Whether a file name already ends as a file of this type should (ignoring case). */
    public boolean fits(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return endings.stream().anyMatch(ending -> lower.endsWith("." + ending));
    }

    /** The type the content is, whatever its name or the type a browser claims; empty if none Jumelage keeps. */
    public static Optional<FileType> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return OfficeFiles.typeOf(content);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
}
