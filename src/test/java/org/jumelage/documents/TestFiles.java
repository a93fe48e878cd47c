package org.jumelage.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of each kind, made as their programs make them, for upload tests. */
public final class TestFiles {

    private TestFiles() {}

    public static byte[] pdf(String text) {
        return ("%PDF-1.7\n%âãÏÓ\n1 0 obj\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] html() {
        return "<!doctype html><html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    public static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    /** An Office Open XML file: {@code folder} is {@code word}, {@code xl} or {@code ppt}. */
    public static byte[] officeOpenXml(String folder) {
        return zip(null, "[Content_Types].xml", "_rels/.rels", folder + "/document.xml");
    }

    /** An OpenDocument file: {@code kind} is {@code text} or {@code spreadsheet}. */
    public static byte[] openDocument(String kind) {
        return zip("application/vnd.oasis.opendocument." + kind, "content.xml", "META-INF/manifest.xml");
    }

    /** A zip archive that is no office document. */
    public static byte[] zipArchive() {
        return zip(null, "readme.txt", "word.txt");
    }

    private static byte[] zip(String mimetype, String... names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (mimetype != null) {
                byte[] content = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
