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
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet table = workbook.createSheet(sheet);
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
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
