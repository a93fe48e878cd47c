package org.jumelage.reporting.domain;

import java.util.List;
import org.jumelage.shared.BarChart;
import org.jumelage.shared.Spreadsheet;

/**
 * One table of the reports page with the chart drawn from it: its name in addresses ({@code activities-by-city}),
 * caption, column names and rows as shown and downloaded.
 */
public record ReportTable(
        String name, String section, String caption, List<String> header, List<List<String>> rows, BarChart chart) {

    public ReportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The table as a download: the same header and rows, the sheet named by the table. */
    public Spreadsheet spreadsheet() {
        return new Spreadsheet(name.length() > 31 ? name.substring(0, 31) : name, header, rows);
    }
}
