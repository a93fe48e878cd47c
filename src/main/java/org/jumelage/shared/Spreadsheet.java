package org.jumelage.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table to download, written as CSV (RFC 4180, UTF-8) or as XLSX: the header in the reader's language and cells a
 * person reads without a look-up (names, not codes). Every cell is text, so that a value starting with "=" never
 * becomes a formula in a spreadsheet program.
 *
 * @param sheet the XLSX sheet's name
 * @param header the columns' names
 * @param rows the cells, row by row, each as long as the header
 */
public record Spreadsheet(String sheet, List<String> header, List<List<String>> rows) {

    public Spreadsheet {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public String csv() {
        StringBuilder out = new StringBuilder(
                Csv.line(header.stream().map(Spreadsheet::safe).toList()));
        for (List<String> row : rows) {
            out.append(Csv.line(row.stream().map(Spreadsheet::safe).toList()));
        }
        return out.toString();
    }

    /** A number (a negative longitude) stays as it is; any other text is kept from being run as a formula. */
    private static String safe(String cell) {
        return cell != null && NUMBER.matcher(cell).matches() ? cell : Csv.text(cell);
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    public byte[] xlsx() {
        return xlsx(List.of(this));
    }

    /**
     * Several tables as one workbook, a sheet each. A sheet's name is shortened to the 31 characters a workbook allows,
     * without the characters it forbids, and numbered where two would be the same.
     */
    public static byte[] xlsx(List<Spreadsheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Spreadsheet sheet : sheets) {
                sheet.writeTo(workbook.createSheet(sheetName(sheet.sheet(), names)));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeTo(Sheet table) {
        Row first = table.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            first.createCell(i).setCellValue(header.get(i));
        }
        int r = 1;
        for (List<String> row : rows) {
            Row line = table.createRow(r++);
            for (int i = 0; i < row.size(); i++) {
                line.createCell(i).setCellValue(row.get(i));
            }
        }
        table.createFreezePane(0, 1);
    }

    private static String sheetName(String wanted, java.util.Set<String> taken) {
        String base = wanted.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        String name = base.length() > 31 ? base.substring(0, 31) : base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " " + n;
            name = (base.length() > 31 - suffix.length() ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
