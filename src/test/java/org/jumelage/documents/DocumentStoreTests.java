package org.jumelage.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The store decides the type by content, names the file by that type and limits the size. */
class DocumentStoreTests {

    private final DocumentStore store = new DocumentStore(
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC),
            new DocumentStore.Settings(DataSize.ofMegabytes(1)));

    @Test
    void aPdfUploadedUnderAnyOtherEndingIsStoredAsPdf() {
        for (String uploaded : new String[] {"Anreise.cmd", "Anreise.html", "Anreise", "Anreise.PDF.exe"}) {
            StoredFile file = store.accept(uploaded, TestFiles.pdf("Anreise"), Accepted.PDF);
            assertThat(file.getContentType()).isEqualTo("application/pdf");
            assertThat(file.getFileName()).as(uploaded).startsWith("Anreise").endsWith(".pdf");
        }
        assertThat(store.accept("Anreise.cmd", TestFiles.pdf("x"), Accepted.PDF).getFileName())
                .isEqualTo("Anreise.pdf");
        assertThat(store.accept("Anreise.html", TestFiles.pdf("x"), Accepted.PDF_IMAGES_OFFICE)
                        .getFileName())
                .isEqualTo("Anreise.pdf");
        assertThat(store.accept("Plan.PDF", TestFiles.pdf("x"), Accepted.PDF).getFileName())
                .isEqualTo("Plan.PDF");
    }

    @Test
    void anHtmlFileNamedPdfIsRefused() {
        assertThatThrownBy(() -> store.accept("Anreise.pdf", TestFiles.html(), Accepted.PDF))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("document.error.notPdf");
        assertThatThrownBy(() -> store.accept("Anreise.pdf", TestFiles.html(), Accepted.PDF_IMAGES_OFFICE))
                .hasMessage("document.error.notAccepted");
    }

    @Test
    void imagesAndOfficeFilesAreKnownByWhatTheyHoldNotByTheirName() {
        assertThat(storedName("foto.exe", TestFiles.png())).isEqualTo("foto.png");
        assertThat(storedName("foto.jpeg", TestFiles.jpeg())).isEqualTo("foto.jpeg");
        assertThat(storedName("foto.png", TestFiles.jpeg())).isEqualTo("foto.jpg");
        assertThat(storedName("bericht.zip", TestFiles.officeOpenXml("word"))).isEqualTo("bericht.docx");
        assertThat(storedName("zahlen.docx", TestFiles.officeOpenXml("xl"))).isEqualTo("zahlen.xlsx");
        assertThat(storedName("folien", TestFiles.officeOpenXml("ppt"))).isEqualTo("folien.pptx");
        assertThat(storedName("text.docx", TestFiles.openDocument("text"))).isEqualTo("text.odt");
        assertThat(storedName("tabelle.ods", TestFiles.openDocument("spreadsheet")))
                .isEqualTo("tabelle.ods");
        assertThat(store.accept("bericht.docx", TestFiles.officeOpenXml("word"), Accepted.PDF_IMAGES_OFFICE)
                        .getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        // A zip archive is no office document just because it is a zip, nor is a bare zip header.
        assertThatThrownBy(() -> store.accept("archiv.docx", TestFiles.zipArchive(), Accepted.PDF_IMAGES_OFFICE))
                .hasMessage("document.error.notAccepted");
        assertThatThrownBy(() -> store.accept(
                        "bericht.docx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2}, Accepted.PDF_IMAGES_OFFICE))
                .hasMessage("document.error.notAccepted");
        // Images are for activities only.
        assertThatThrownBy(() -> store.accept("scan.png", TestFiles.png(), Accepted.PDF))
                .hasMessage("document.error.notPdf");
    }

    private String storedName(String uploaded, byte[] content) {
        return store.accept(uploaded, content, Accepted.PDF_IMAGES_OFFICE).getFileName();
    }

    @Test
    void anEmptyOrTooLargeFileIsRefusedAndTheMessageNamesTheLimit() {
        assertThatThrownBy(() -> store.accept("leer.pdf", new byte[0], Accepted.PDF))
                .hasMessage("document.error.empty");
        assertThatThrownBy(() -> store.accept("leer.pdf", null, Accepted.PDF)).hasMessage("document.error.empty");
        byte[] large = new byte[1024 * 1024 + 1];
        System.arraycopy(TestFiles.pdf("x"), 0, large, 0, 10);
        assertThatThrownBy(() -> store.accept("gross.pdf", large, Accepted.PDF))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("document.error.tooLarge");
                    assertThat(violation.arguments()).containsExactly(1L);
                });
        byte[] justFits = new byte[1024 * 1024];
        System.arraycopy(TestFiles.pdf("x"), 0, justFits, 0, 10);
        assertThat(store.accept("passt.pdf", justFits, Accepted.PDF).getSizeBytes())
                .isEqualTo(1024 * 1024);
    }

    @Test
    void theStoredFileKeepsTheExactBytesAChecksumAndTheTime() {
        byte[] content = TestFiles.pdf("Vertrag");
        StoredFile file = store.accept("Vertrag.pdf", content, Accepted.PDF);
        assertThat(file.getContent()).isEqualTo(content);
        assertThat(file.getSha256()).hasSize(64);
        assertThat(file.getUploadedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(file.getUploadedBy()).isEqualTo("system");
    }

    @Test
    void pagesShowTheSizeInWholeKilobytesAndNeverZero() {
        assertThat(StoredFile.kilobytes(100)).isEqualTo(1);
        assertThat(StoredFile.kilobytes(1024)).isEqualTo(1);
        assertThat(StoredFile.kilobytes(1025)).isEqualTo(2);
    }

    @Test
    void keepsOnlyASafeFileName() {
        assertThat(DocumentStore.nameFor("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
        assertThat(DocumentStore.nameFor("C:\\Verträge\\Vertrag Paris 1987.pdf", FileType.PDF))
                .isEqualTo("Vertrag Paris 1987.pdf");
        assertThat(DocumentStore.nameFor(null, FileType.PDF)).isEqualTo("document.pdf");
        assertThat(DocumentStore.nameFor(".cmd", FileType.PDF)).isEqualTo("document.pdf");
        assertThat(DocumentStore.nameFor("<script>.pdf", FileType.PDF)).isEqualTo("_script_.pdf");
    }

    @Test
    void theDownloadNameIsEncodedWithAnAsciiFallback() {
        assertThat(Downloads.contentDisposition("Übersicht Paris.pdf"))
                .isEqualTo("attachment; filename=\"Ubersicht Paris.pdf\";"
                        + " filename*=UTF-8''%C3%9Cbersicht%20Paris.pdf");
        assertThat(Downloads.contentDisposition("Straße 北京.pdf"))
                .isEqualTo(
                        "attachment; filename=\"Stra_e __.pdf\"; filename*=UTF-8''Stra%C3%9Fe%20%E5%8C%97%E4%BA%AC.pdf");
    }
}
