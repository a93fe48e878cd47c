package org.jumelage.activities.web;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.ActivityQuery;
import org.jumelage.activities.domain.ActivityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Activities counted by city, year, type and theme for a selection, as tables and a chart; and its export. */
@Controller
class ReportController {

    /** One bar of the chart: its label, count, and height and position in the drawing. */
    record Bar(String label, long count, int x, int height) {}

    private final ActivityService activities;
    private final Choices choices;
    private final ActivityExport export;
    private final org.springframework.context.MessageSource messages;

    ReportController(
            ActivityService activities,
            Choices choices,
            ActivityExport export,
            org.springframework.context.MessageSource messages) {
        this.activities = activities;
        this.choices = choices;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/office/activities/report")
    String report(@ModelAttribute("query") ActivityQuery query, Model model, Locale locale) {
        List<Activity> selected = activities.searchAll(query);
        choices.forFilters(model);
        choices.names(model, locale);
        @SuppressWarnings("unchecked")
        Map<Long, String> cityNames = (Map<Long, String>) model.getAttribute("cityNames");
        @SuppressWarnings("unchecked")
        Map<String, String> themeNames = (Map<String, String>) model.getAttribute("themeNames");

        Map<Integer, Long> byYear = new TreeMap<>();
        Map<String, Long> byCity = new TreeMap<>(java.text.Collator.getInstance(locale));
        Map<String, Long> byType = new LinkedHashMap<>();
        Map<String, Long> byTheme = new TreeMap<>(java.text.Collator.getInstance(locale));
        for (Activity a : selected) {
            byYear.merge(a.getStartDate().getYear(), 1L, Long::sum);
            byType.merge(messages.getMessage("activityType." + a.getType(), null, locale), 1L, Long::sum);
            a.getCityIds().forEach(c -> byCity.merge(cityNames.getOrDefault(c, "?"), 1L, Long::sum));
            a.getThemes().forEach(t -> byTheme.merge(themeNames.getOrDefault(t, t), 1L, Long::sum));
        }
        model.addAttribute("total", selected.size());
        model.addAttribute("byYear", byYear);
        model.addAttribute("byCity", sortedByCount(byCity));
        model.addAttribute("byType", sortedByCount(byType));
        model.addAttribute("byTheme", sortedByCount(byTheme));
        model.addAttribute("bars", bars(byYear));
        model.addAttribute("chartWidth", Math.max(1, byYear.size()) * 40 + 20);
        return "activities/report";
    }

    @GetMapping("/office/activities/export.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute("query") ActivityQuery query, Locale locale) {
        return download(
                export.csv(activities.searchAll(query), locale).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "activities.csv");
    }

    @GetMapping("/office/activities/export.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute("query") ActivityQuery query, Locale locale) {
        return download(
                export.xlsx(activities.searchAll(query), locale),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "activities.xlsx");
    }

    /** Bars 30 units wide, 40 apart, scaled to a height of 150. */
    private static List<Bar> bars(Map<Integer, Long> byYear) {
        long max = byYear.values().stream().mapToLong(Long::longValue).max().orElse(1);
        List<Bar> bars = new java.util.ArrayList<>();
        int i = 0;
        for (var entry : byYear.entrySet()) {
            bars.add(new Bar(
                    entry.getKey().toString(), entry.getValue(), 10 + 40 * i++, (int) (150 * entry.getValue() / max)));
        }
        return bars;
    }

    private static <K> Map<K, Long> sortedByCount(Map<K, Long> counts) {
        Map<K, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
