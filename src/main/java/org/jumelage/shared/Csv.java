package org.jumelage.shared;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: reading the demo data, writing exports. Lines end in CRLF; fields are quoted when they must be. */
public final class Csv {

    private Csv() {}

    /** Parses a whole document into rows of fields. Quoted fields may contain commas, quotes and line breaks. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
            i++;
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** One record, with its CRLF. */
    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(escape(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /**
     * A text field that a spreadsheet must not run as a formula: one that begins with {@code = + - @}, a tab or a
     * carriage return gets a leading apostrophe (the common defence against CSV injection). Not for numbers.
     */
    public static String text(String field) {
        if (field != null && !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
            return "'" + field;
        }
        return field;
    }

    static String escape(String field) {
        if (field == null) {
            return "";
        }
        boolean mustQuote = field.indexOf(',') >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return mustQuote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
