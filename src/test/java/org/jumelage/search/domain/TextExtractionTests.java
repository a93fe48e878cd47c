package org.jumelage.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jumelage.documents.DocumentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Reading stored files' text: the office's formats (PDF, DOCX, XLSX, ODT, made as their programs make them) give
 * their words; hostile or broken files give a note and no text, within the limits of size, length and time, and
 * never stop the caller.
 */
class TextExtractionTests {

    private final TextExtraction extraction = extraction(Duration.ofSeconds(5), 2);

    private static TextExtraction extraction(Duration timeout, int parallel) {
        return new TextExtraction(
                new SearchProperties(
                        "./data/search-index",
                        false,
                        "-",
                        new SearchProperties.Extraction(timeout, DataSize.ofMegabytes(10), parallel)),
                new DocumentStore.Settings(DataSize.ofMegabytes(10)));
    }

    @AfterEach
    void stop() {
        extraction.destroy();
    }

    @Test
    void readsPdf() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Protokoll: Fahrradstrassen in Warschau");
                content.endText();
            }
            document.save(bytes);
        }
        var result = extraction.extract("protokoll.pdf", bytes.toByteArray());
        assertThat(result.note()).isNull();
        assertThat(result.text()).contains("Fahrradstrassen in Warschau");
    }

    @Test
    void readsDocxAndXlsx() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Ergebnis: Parkraummanagement lohnt sich.");
            document.write(docx);
        }
        assertThat(extraction.extract("ergebnis.docx", docx.toByteArray()).text())
                .contains("Parkraummanagement");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Kosten").createRow(0).createCell(0).setCellValue("Reisekostenzuschuss");
            workbook.write(xlsx);
        }
        assertThat(extraction.extract("kosten.xlsx", xlsx.toByteArray()).text()).contains("Reisekostenzuschuss");
    }

    @Test
    void readsOdt() throws IOException {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text><text:p>Hospitationsbericht aus Wien</text:p></office:text></office:body>"
                + "</office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        byte[] odt = zip("application/vnd.oasis.opendocument.text", "content.xml", content, manifest);
        var result = extraction.extract("bericht.odt", odt);
        assertThat(result.text()).contains("Hospitationsbericht aus Wien");
    }

    @Test
    void aBrokenFileGivesANoteAndNoText() {
        var result = extraction.extract(
                "kaputt.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Broken".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(result.text()).isEmpty();
        assertThat(result.failed()).isTrue();
    }

    @Test
    void aFileAboveTheSizeLimitIsNotRead() {
        var result = extraction.extract("gross.pdf", new byte[11 * 1024 * 1024]);
        assertThat(result.note()).isEqualTo(TextExtraction.Note.TOO_LARGE);
    }

    @Test
    void aVeryLongTextIsCut() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            String line = "Radverkehr ".repeat(1000);
            for (int i = 0; i < 60; i++) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(docx);
        }
        var result = extraction.extract("lang.docx", docx.toByteArray());
        assertThat(result.note()).isEqualTo(TextExtraction.Note.CUT);
        assertThat(result.text().length())
                .isLessThanOrEqualTo(TextExtraction.MAX_CHARACTERS)
                .isGreaterThan(400_000);
    }

    @Test
    void aZipBombIsStoppedWithinItsLimits() throws IOException {
        // 300 MB of text, a few hundred kilobytes compressed, in the shape of a text document.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            stored(zip, "mimetype", "application/vnd.oasis.opendocument.text");
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\"?><office:document-content"
                            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                            + "<text:p>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] block = "a".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 300; i++) {
                zip.write(block);
            }
            zip.write(
                    "</text:p></office:text></office:body></office:document-content>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(2 * 1024 * 1024);
        long started = System.nanoTime();
        var result = extraction.extract("bombe.odt", bomb.toByteArray());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).isLessThan(8_000);
        assertThat(result.note()).isNotNull();
        assertThat(result.text().length()).isLessThanOrEqualTo(TextExtraction.MAX_CHARACTERS);
    }

    @Test
    void aFileThatTakesTooLongIsLeftBehind() throws IOException {
        TextExtraction impatient = extraction(Duration.ofMillis(1), 1);
        try {
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            try (XWPFDocument document = new XWPFDocument()) {
                for (int i = 0; i < 2000; i++) {
                    document.createParagraph().createRun().setText("Absatz " + i);
                }
                document.write(docx);
            }
            var result = impatient.extract("langsam.docx", docx.toByteArray());
            assertThat(result.note()).isIn(TextExtraction.Note.TIMED_OUT, TextExtraction.Note.BUSY);
            assertThat(result.text()).isEmpty();
        } finally {
            impatient.destroy();
        }
    }

    private static byte[] zip(String mimetype, String name, String content, String manifest) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            stored(zip, "mimetype", mimetype);
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void stored(ZipOutputStream zip, String name, String text) throws IOException {
        byte[] content = text.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    @Test
    void aFileThatWentWhileItsRecordWasDescribedHasNoTextAndFailsNothing() {
        TextExtraction.Result read = extraction.extract("gone.pdf", null);
        org.assertj.core.api.Assertions.assertThat(read.text()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(read.note()).isNull();
    }
}
