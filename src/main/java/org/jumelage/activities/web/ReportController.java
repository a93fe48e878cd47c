package org.jumelage.activities.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.activities.domain.ActivityQuery;
import org.jumelage.activities.domain.ActivityReport;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.shared.Names;
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

    /** How many cities the report names; the rest are summed in one row. */
    static final int CITIES_SHOWN = 25;

    @GetMapping("/office/activities/report")
    String report(@ModelAttribute("query") ActivityQuery query, Model model, Locale locale) {
        ActivityReport report = activities.report(query);
        choices.forFilters(model, locale);
        choices.names(model, locale);
        Names cityNames = (Names) model.getAttribute("cityNames");
        @SuppressWarnings("unchecked")
        Map<String, String> themeNames = (Map<String, String>) model.getAttribute("themeNames");

        Map<String, Long> byType = new LinkedHashMap<>();
        report.byType()
                .forEach((type, count) -> byType.put(messages.getMessage("activityType." + type, null, locale), count));
        Map<String, Long> byCity = new LinkedHashMap<>();
        long others = 0;
        int otherCities = 0;
        for (var entry : report.byCity().entrySet()) {
            if (byCity.size() < CITIES_SHOWN) {
                byCity.merge(cityNames.getOrDefault(entry.getKey(), "?"), entry.getValue(), Long::sum);
            } else {
                others += entry.getValue();
                otherCities++;
            }
        }
        if (otherCities > 0) {
            byCity.put(messages.getMessage("report.otherCities", new Object[] {otherCities}, locale), others);
        }
        Map<String, Long> byTheme = new LinkedHashMap<>();
        report.byTheme().forEach((theme, count) -> byTheme.put(themeNames.getOrDefault(theme, theme), count));

        model.addAttribute("total", report.total());
        model.addAttribute("byYear", report.byYear());
        model.addAttribute("byCity", byCity);
        model.addAttribute("byType", byType);
        model.addAttribute("byTheme", byTheme);
        List<Bar> bars = bars(report.byYear(), query.from(), query.to());
        model.addAttribute("bars", bars);
        model.addAttribute("chartWidth", Math.max(1, bars.size()) * 40 + 20);
        return "activities/report";
    }

    @GetMapping("/office/activities/export.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute("query") ActivityQuery query, Locale locale) {
        return org.jumelage.shared.Attachments.csv(export.csv(activities.searchAll(query), locale), "activities.csv");
    }

    @GetMapping("/office/activities/export.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute("query") ActivityQuery query, Locale locale) {
        return org.jumelage.shared.Attachments.xlsx(
                export.xlsx(activities.searchAll(query), locale), "activities.xlsx");
    }

    /** The most years the chart draws; a longer selection is drawn from its last years (the table has them all). */
    static final int CHART_YEARS = 60;

    /**
     * One bar per year from the first to the last of the selection (its own bounds where it has them), years without
     * activities as bars of zero: the axis is a time line. Bars 30 units wide, 40 apart, at most 140 high, so that
     * the value above the highest bar stays inside the drawing.
     */
    static List<Bar> bars(Map<Integer, Long> byYear, Integer from, Integer to) {
        if (byYear.isEmpty() && (from == null || to == null)) {
            return List.of();
        }
        int first = from != null
                ? from
                : byYear.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = to != null
                ? to
                : byYear.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (last < first) {
            return List.of();
        }
        first = Math.max(first, last - CHART_YEARS + 1);
        long max = Math.max(
                1, byYear.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new java.util.ArrayList<>();
        for (int year = first; year <= last; year++) {
            long count = byYear.getOrDefault(year, 0L);
            bars.add(new Bar(Integer.toString(year), count, 10 + 40 * (year - first), (int) (140 * count / max)));
        }
        return bars;
    }
}
