package org.jumelage.activities.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jumelage.activities.domain.Activity;
import org.jumelage.shared.Names;
import org.jumelage.shared.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A selection of activities as a table to download (CSV or XLSX), with every field that may be published (no
 * participants, needs, notes or lessons), as a person reads it: the columns named in the reader's language, kinds,
 * levels, statuses, cities, units and themes by their names, not by codes. Dates and times in ISO 8601, so that they
 * sort.
 */
@Component
class ActivityExport {

    /** The columns, as message keys {@code export.activity.<column>}. */
    static final List<String> COLUMNS = List.of(
            "id",
            "uid",
            "type",
            "level",
            "status",
            "titleDe",
            "titleEn",
            "startDate",
            "startTime",
            "endDate",
            "endTime",
            "timeZone",
            "place",
            "placeEn",
            "venue",
            "cities",
            "networks",
            "units",
            "themes",
            "public",
            "publicSummaryDe",
            "publicSummaryEn",
            "example");

    private final Choices choices;
    private final MessageSource messages;

    ActivityExport(Choices choices, MessageSource messages) {
        this.choices = choices;
        this.messages = messages;
    }

    Spreadsheet table(List<Activity> activities, Locale locale) {
        org.springframework.ui.ExtendedModelMap names = new org.springframework.ui.ExtendedModelMap();
        choices.names(names, locale);
        Names cities = (Names) names.get("cityNames");
        @SuppressWarnings("unchecked")
        Map<Long, String> networks = (Map<Long, String>) names.get("networkNames");
        Names units = (Names) names.get("unitNames");
        @SuppressWarnings("unchecked")
        Map<String, String> themes = (Map<String, String>) names.get("themeNames");
        String yes = message("export.yes", locale);
        String no = message("export.no", locale);
        List<List<String>> rows = new ArrayList<>();
        for (Activity a : activities) {
            rows.add(List.of(
                    Long.toString(a.getId()),
                    a.getUid(),
                    message("activityType." + a.getType(), locale),
                    message("activityLevel." + a.getLevel(), locale),
                    message("activityStatus." + a.getStatus(), locale),
                    orEmpty(a.getTitleDe()),
                    orEmpty(a.getTitleEn()),
                    a.getStartDate().toString(),
                    a.getStartTime() == null ? "" : a.getStartTime().toString(),
                    a.getEndDate().toString(),
                    a.getEndTime() == null ? "" : a.getEndTime().toString(),
                    a.getTimeZone(),
                    orEmpty(a.getPlace()),
                    orEmpty(a.getPlaceEn()),
                    orEmpty(a.getVenue()),
                    joined(a.getCityIds().stream().map(cities::get).toList()),
                    joined(a.getNetworkIds().stream().map(networks::get).toList()),
                    joined(a.getUnitIds().stream().map(units::get).toList()),
                    joined(a.getThemes().stream()
                            .map(theme -> themes.getOrDefault(theme, theme))
                            .toList()),
                    a.isPublicVisible() ? yes : no,
                    a.isPublicVisible() ? orEmpty(a.getPublicSummaryDe()) : "",
                    a.isPublicVisible() ? orEmpty(a.getPublicSummaryEn()) : "",
                    a.isExample() ? yes : no));
        }
        List<String> header = COLUMNS.stream()
                .map(column -> message("export.activity." + column, locale))
                .toList();
        return new Spreadsheet(message("export.activity.sheet", locale), header, rows);
    }

    String csv(List<Activity> activities, Locale locale) {
        return table(activities, locale).csv();
    }

    byte[] xlsx(List<Activity> activities, Locale locale) {
        return table(activities, locale).xlsx();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String joined(List<String> values) {
        return values.stream().filter(java.util.Objects::nonNull).sorted().collect(Collectors.joining("; "));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
