package org.jumelage.activities.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jumelage.activities.domain.Activity;
import org.jumelage.shared.Csv;
import org.jumelage.shared.Names;
import org.springframework.stereotype.Component;

/**
 * A selection of activities as CSV (RFC 4180, UTF-8) and as XLSX, with every field that may be published (no
 * participants, needs, notes or lessons). Cities, units and themes appear by name; codes stay language-neutral.
 */
@Component
class ActivityExport {

    static final List<String> HEADER = List.of(
            "id",
            "uid",
            "type",
            "level",
            "status",
            "title_de",
            "title_en",
            "start_date",
            "start_time",
            "end_date",
            "end_time",
            "time_zone",
            "place",
            "venue",
            "cities",
            "networks",
            "units",
            "themes",
            "public",
            "public_summary_de",
            "public_summary_en",
            "example");

    private final Choices choices;

    ActivityExport(Choices choices) {
        this.choices = choices;
    }

    List<List<String>> rows(List<Activity> activities, Locale locale) {
        org.springframework.ui.ExtendedModelMap names = new org.springframework.ui.ExtendedModelMap();
        choices.names(names, locale);
        Names cities = (Names) names.get("cityNames");
        @SuppressWarnings("unchecked")
        Map<Long, String> networks = (Map<Long, String>) names.get("networkNames");
        Names units = (Names) names.get("unitNames");
        List<List<String>> rows = new ArrayList<>();
        for (Activity a : activities) {
            rows.add(List.of(
                    Long.toString(a.getId()),
                    a.getUid(),
                    a.getType().name(),
                    a.getLevel().name(),
                    a.getStatus().name(),
                    orEmpty(a.getTitleDe()),
                    orEmpty(a.getTitleEn()),
                    a.getStartDate().toString(),
                    a.getStartTime() == null ? "" : a.getStartTime().toString(),
                    a.getEndDate().toString(),
                    a.getEndTime() == null ? "" : a.getEndTime().toString(),
                    a.getTimeZone(),
                    orEmpty(a.getPlace()),
                    orEmpty(a.getVenue()),
                    joined(a.getCityIds().stream().map(cities::get).toList()),
                    joined(a.getNetworkIds().stream().map(networks::get).toList()),
                    joined(a.getUnitIds().stream().map(units::get).toList()),
                    joined(a.getThemes().stream().toList()),
                    Boolean.toString(a.isPublicVisible()),
                    a.isPublicVisible() ? orEmpty(a.getPublicSummaryDe()) : "",
                    a.isPublicVisible() ? orEmpty(a.getPublicSummaryEn()) : "",
                    Boolean.toString(a.isExample())));
        }
        return rows;
    }

    String csv(List<Activity> activities, Locale locale) {
        StringBuilder out = new StringBuilder(Csv.line(HEADER));
        for (List<String> row : rows(activities, locale)) {
            out.append(Csv.line(row.stream().map(Csv::text).toList()));
        }
        return out.toString();
    }

    byte[] xlsx(List<Activity> activities, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("activities");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            int r = 1;
            for (List<String> row : rows(activities, locale)) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    // Text cells only: a title starting with "=" stays text, never becomes a formula.
                    line.createCell(i).setCellValue(row.get(i));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String joined(List<String> values) {
        return values.stream().filter(java.util.Objects::nonNull).sorted().collect(Collectors.joining("; "));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
