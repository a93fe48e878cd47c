package org.jumelage.reporting.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jumelage.shared.PdfPapers;
import org.jumelage.shared.SiteProperties;
import org.jumelage.shared.Spreadsheet;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Dossier}: as a DOCX the office edits into its answer (real heading styles, so that Word's navigation
 * and a screen reader find the structure; tables with header rows that repeat; the document's language German), as
 * an accessible PDF (PDF/UA, through the one PDF writer) and its figures as XLSX, a sheet per table.
 */
@Component
public class DossierFiles {

    private final PdfPapers pdf;
    private final String operator;

    DossierFiles(PdfPapers pdf, SiteProperties site) {
        this.pdf = pdf;
        this.operator = site.operator();
    }

    public byte[] pdf(Dossier dossier) {
        return pdf.render(
                "dossier", Locale.GERMAN, Map.of("dossier", dossier, "operatorLines", List.of(operator.split("\n"))));
    }

    public byte[] xlsx(Dossier dossier) {
        return Spreadsheet.xlsx(dossier.figureTables().stream()
                .map(table -> new Spreadsheet(table.caption(), table.header(), table.rows()))
                .toList());
    }

    public byte[] docx(Dossier dossier) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(document);
            document.getProperties().getCoreProperties().setTitle(dossier.title());
            document.getProperties().getCoreProperties().setCreator(operator.split("\n")[0]);
            for (String line : operator.split("\n")) {
                paragraph(document, "Operator", line);
            }
            paragraph(document, "Title", dossier.title());
            paragraph(document, "Subtitle", dossier.subtitle());
            for (Dossier.Section section : dossier.sections()) {
                paragraph(document, "Heading" + (section.level() - 1), section.heading());
                for (Dossier.Block block : section.blocks()) {
                    switch (block) {
                        case Dossier.Paragraph text -> labelled(document, text.label(), text.text());
                        case Dossier.Facts facts ->
                            facts.facts().forEach(fact -> labelled(document, fact.label(), fact.value()));
                        case Dossier.Table table -> table(document, table);
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, Dossier.Table table) {
        paragraph(document, "Caption", table.caption());
        if (table.rows().isEmpty()) {
            paragraph(document, null, "–");
            return;
        }
        XWPFTable written =
                document.createTable(table.rows().size() + 1, table.header().size());
        written.setWidth("100%");
        XWPFTableRow head = written.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < table.header().size(); c++) {
            head.getCell(c).getParagraphs().getFirst().setSpacingAfter(0);
            XWPFRun run = head.getCell(c).getParagraphs().getFirst().createRun();
            run.setBold(true);
            run.setText(table.header().get(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                XWPFParagraph cell =
                        written.getRow(r + 1).getCell(c).getParagraphs().getFirst();
                cell.setSpacingAfter(0);
                cell.createRun().setText(row.get(c));
            }
        }
    }

    private static void labelled(XWPFDocument document, String label, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (label != null) {
            XWPFRun bold = paragraph.createRun();
            bold.setBold(true);
            bold.setText(label + ": ");
        }
        lines(paragraph.createRun(), text);
    }

    private static void paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        lines(paragraph.createRun(), text);
    }

    /** Text with line breaks as Word's breaks within the paragraph. */
    private static void lines(XWPFRun run, String text) {
        String[] lines = (text == null ? "" : text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** The styles the dossier uses, defined in the document: Word shows its own names for the built-in ones. */
    private static void styles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles all =
                org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
        var documentDefaults = all.addNewDocDefaults();
        var spacing = documentDefaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.valueOf(120));
        var defaults = documentDefaults.addNewRPrDefault().addNewRPr();
        defaults.addNewLang().setVal("de-DE");
        var fonts = defaults.addNewRFonts();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        styles.setStyles(all);
        style(styles, "Title", "Title", null, 32, true);
        style(styles, "Subtitle", "Subtitle", null, 22, false);
        style(styles, "Heading1", "heading 1", 0, 28, true);
        style(styles, "Heading2", "heading 2", 1, 24, true);
        style(styles, "Caption", "caption", null, 20, true);
        style(styles, "Operator", "Operator", null, 18, false);
    }

    private static void style(
            XWPFStyles styles, String id, String name, Integer outline, int halfPoints, boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        boolean caption = id.equals("Caption");
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outline == null && !caption ? 0 : 240));
        if (outline != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        if (outline != null || caption) {
            paragraph.addNewKeepNext();
        }
        var run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
    }
}
