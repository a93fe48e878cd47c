package org.jumelage.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells office documents apart by what their zip archive holds, reading only the archive's directory and the
 * OpenDocument {@code mimetype} entry (stored uncompressed, first), so nothing is unpacked: a zip bomb costs nothing.
 * Office Open XML (DOCX, XLSX, PPTX) has {@code [Content_Types].xml} and a {@code word/}, {@code xl/} or {@code ppt/}
 * folder; any other archive is no office document.
 */
final class OfficeFiles {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int MAX_ENTRIES = 10_000;

    private OfficeFiles() {}

    static Optional<FileType> typeOf(byte[] zip) {
        try {
            Optional<FileType> openDocument = openDocument(zip);
            if (openDocument.isPresent()) {
                return openDocument;
            }
            List<String> names = names(zip);
            if (!names.contains("[Content_Types].xml")) {
                return Optional.empty();
            }
            for (String name : names) {
                if (name.startsWith("word/")) {
                    return Optional.of(FileType.DOCX);
                }
                if (name.startsWith("xl/")) {
                    return Optional.of(FileType.XLSX);
                }
                if (name.startsWith("ppt/")) {
                    return Optional.of(FileType.PPTX);
                }
            }
            return Optional.empty();
        } catch (IndexOutOfBoundsException broken) {
            return Optional.empty();
        }
    }

    /** The first entry of an OpenDocument file is {@code mimetype}, uncompressed, holding the media type. */
    private static Optional<FileType> openDocument(byte[] zip) {
        int method = u16(zip, 8);
        int size = (int) Math.min(u32(zip, 18), 200);
        int nameLength = u16(zip, 26);
        int extraLength = u16(zip, 28);
        String name = new String(zip, 30, nameLength, StandardCharsets.UTF_8);
        if (method != 0 || !"mimetype".equals(name)) {
            return Optional.empty();
        }
        String mediaType = new String(zip, 30 + nameLength + extraLength, size, StandardCharsets.US_ASCII);
        for (FileType type : List.of(FileType.ODT, FileType.ODS)) {
            if (type.mediaType().equals(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The entry names from the archive's central directory, found from its end. */
    private static List<String> names(byte[] zip) {
        int end = -1;
        for (int at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at--) {
            if (u32(zip, at) == END_OF_DIRECTORY) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            return List.of();
        }
        int entries = Math.min(u16(zip, end + 10), MAX_ENTRIES);
        int at = (int) u32(zip, end + 16);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < entries && u32(zip, at) == DIRECTORY_ENTRY; i++) {
            int nameLength = u16(zip, at + 28);
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
        }
        return names;
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] bytes, int at) {
        return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16);
    }
}
