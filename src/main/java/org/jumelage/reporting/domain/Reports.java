package org.jumelage.reporting.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jumelage.activities.ActivityRecords;
import org.jumelage.exchange.ExchangeFigures;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.partners.RegistryRecords;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.BarChart;
import org.jumelage.shared.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The reports page's tables for a filter, each with its chart: partnerships by type, status, world region (UN M49),
 * country and decade; activities by year, partner city, type, theme and rating; exchange participants by year and
 * direction, and, for the international office only, by partner city and Berlin administration (ADR 0027). Every
 * number is counted by the modules' own queries; nothing here reads a table.
 */
@Service
public class Reports {

    /** How many bars a chart draws; its table lists every row. */
    static final int BARS = 15;

    private final RegistryRecords registry;
    private final ActivityRecords activities;
    private final ExchangeFigures exchange;
    private final PartnerCatalog catalog;
    private final Organisation organisation;
    private final MessageSource messages;

    Reports(
            RegistryRecords registry,
            ActivityRecords activities,
            ExchangeFigures exchange,
            PartnerCatalog catalog,
            Organisation organisation,
            MessageSource messages) {
        this.registry = registry;
        this.activities = activities;
        this.exchange = exchange;
        this.catalog = catalog;
        this.organisation = organisation;
        this.messages = messages;
    }

    /** Every table of the report, section by section ({@code partnerships}, {@code activities}, {@code exchange}). */
    public List<ReportTable> tables(ReportFilter filter, Locale locale) {
        List<ReportTable> tables = new ArrayList<>();
        tables.addAll(partnerships(filter, locale));
        tables.addAll(activities(filter, locale));
        tables.addAll(exchange(filter, locale));
        return tables;
    }

    /** Whether the person sees the exchange's tables by partner city and administration (the international office). */
    public boolean exchangeDetailed() {
        return exchange.exact();
    }

    /** One table by its name, for its download. */
    public Optional<ReportTable> table(String name, ReportFilter filter, Locale locale) {
        return tables(filter, locale).stream()
                .filter(table -> table.name().equals(name))
                .findFirst();
    }

    private List<ReportTable> partnerships(ReportFilter filter, Locale locale) {
        RegistryRecords.Figures figures = registry.figures(filter.to(), filter.city());
        Map<String, Long> byRegion = new LinkedHashMap<>();
        figures.byCountry().forEach((country, count) -> {
            String region = Countries.region(country);
            byRegion.merge(
                    region == null ? text("reports.unknownRegion", locale) : Countries.regionName(region, locale),
                    count,
                    Long::sum);
        });
        return List.of(
                counts(
                        "partnerships-by-type",
                        "partnerships",
                        "reports.column.type",
                        locale,
                        named(figures.byType(), type -> text("relationshipType." + type, locale))),
                counts(
                        "partnerships-by-status",
                        "partnerships",
                        "reports.column.status",
                        locale,
                        named(figures.byStatus(), status -> text("relationshipStatus." + status, locale))),
                counts(
                        "partnerships-by-region",
                        "partnerships",
                        "reports.column.region",
                        locale,
                        largestFirst(byRegion)),
                counts(
                        "partnerships-by-country",
                        "partnerships",
                        "reports.column.country",
                        locale,
                        named(figures.byCountry(), country -> Countries.name(country, locale))),
                counts(
                        "partnerships-by-decade",
                        "partnerships",
                        "reports.column.decade",
                        locale,
                        withUndated(
                                named(figures.byDecade(), decade -> text("reports.decade", locale, decade)),
                                figures.undated(),
                                locale)));
    }

    private List<ReportTable> activities(ReportFilter filter, Locale locale) {
        ActivityRecords.Figures figures = activities.figures(filter.from(), filter.to(), filter.city());
        Map<Long, PartnerCatalog.CityRef> cities = catalog.citiesById();
        Map<String, String> themes = new java.util.HashMap<>();
        catalog.focusAreas().forEach(area -> themes.put(area.code(), area.name(locale)));
        Map<String, Long> byRating = named(figures.byRating(), rating -> text("lessonRating." + rating, locale));
        if (figures.unrated() > 0) {
            byRating.put(text("reports.unrated", locale), figures.unrated());
        }
        return List.of(
                counts(
                        "activities-by-year",
                        "activities",
                        "reports.column.year",
                        locale,
                        named(figures.byYear(), String::valueOf)),
                counts(
                        "activities-by-city",
                        "activities",
                        "reports.column.city",
                        locale,
                        named(
                                figures.byCity(),
                                id -> cities.containsKey(id) ? cities.get(id).name(locale) : "?")),
                counts(
                        "activities-by-type",
                        "activities",
                        "reports.column.type",
                        locale,
                        named(figures.byType(), type -> text("activityType." + type, locale))),
                counts(
                        "activities-by-theme",
                        "activities",
                        "reports.column.theme",
                        locale,
                        named(figures.byTheme(), theme -> themes.getOrDefault(theme, theme))),
                counts("activities-by-rating", "activities", "reports.column.rating", locale, byRating));
    }

    private List<ReportTable> exchange(ReportFilter filter, Locale locale) {
        List<ReportTable> tables = new ArrayList<>();
        if (filter.city() != null && !exchange.exact()) {
            // One city's figures are the office's only (ADR 0027): the page says so instead.
            return tables;
        }
        Map<Integer, Long[]> years = new java.util.TreeMap<>();
        for (ExchangeFigures.YearFigure figure : exchange.byYear(filter.from(), filter.to(), filter.city())) {
            years.computeIfAbsent(figure.year(), year -> new Long[] {-1L, -1L})[figure.incoming() ? 1 : 0] =
                    figure.people();
        }
        List<List<String>> rows = new ArrayList<>();
        List<BarChart.Value> bars = new ArrayList<>();
        years.forEach((year, people) -> {
            rows.add(List.of(String.valueOf(year), people(people[0], locale), people(people[1], locale)));
            long shown =
                    Math.max(0, people[0] == null ? 0 : people[0]) + Math.max(0, people[1] == null ? 0 : people[1]);
            bars.add(new BarChart.Value(String.valueOf(year), shown));
        });
        String caption = text("reports.table.exchange-by-year", locale);
        tables.add(new ReportTable(
                "exchange-by-year",
                "exchange",
                caption,
                List.of(
                        text("reports.column.year", locale),
                        text("reports.column.outgoing", locale),
                        text("reports.column.incoming", locale)),
                rows,
                BarChart.of(caption, bars, BARS)));
        if (exchange.exact()) {
            Map<Long, PartnerCatalog.CityRef> cities = catalog.citiesById();
            Map<Long, UnitRef> units = organisation.unitsById();
            Map<Long, Long> byCity = new LinkedHashMap<>();
            Map<Long, Long> byAdministration = new LinkedHashMap<>();
            for (ExchangeFigures.Cell cell : exchange.cells(filter.from(), filter.to(), filter.city())) {
                byCity.merge(cell.partnerCityId() == null ? -1L : cell.partnerCityId(), cell.people(), Long::sum);
                byAdministration.merge(
                        cell.berlinAdministrationId() == null ? -1L : cell.berlinAdministrationId(),
                        cell.people(),
                        Long::sum);
            }
            String none = text("reports.noPartnerCity", locale);
            tables.add(counts(
                    "exchange-by-city",
                    "exchange",
                    "reports.column.city",
                    locale,
                    largestFirst(named(
                            byCity,
                            id -> cities.containsKey(id) ? cities.get(id).name(locale) : none))));
            String unknown = text("reports.unknownAdministration", locale);
            tables.add(counts(
                    "exchange-by-administration",
                    "exchange",
                    "reports.column.administration",
                    locale,
                    largestFirst(named(
                            byAdministration,
                            id -> units.containsKey(id) ? units.get(id).name(locale) : unknown))));
        }
        return tables;
    }

    /** A count withheld (null) reads "fewer than 3"; none recorded (-1) reads 0. */
    private String people(Long count, Locale locale) {
        if (count == null) {
            return text("reports.withheld", locale, org.jumelage.exchange.ExchangeProgrammes.SMALLEST);
        }
        return String.valueOf(Math.max(0, count));
    }

    private ReportTable counts(String name, String section, String column, Locale locale, Map<String, Long> counts) {
        String caption = text("reports.table." + name, locale);
        List<List<String>> rows = new ArrayList<>();
        List<BarChart.Value> bars = new ArrayList<>();
        counts.forEach((label, count) -> {
            rows.add(List.of(label, String.valueOf(count)));
            bars.add(new BarChart.Value(label, count));
        });
        return new ReportTable(
                name,
                section,
                caption,
                List.of(text(column, locale), text("reports.column.count", locale)),
                rows,
                BarChart.of(caption, bars, BARS));
    }

    private static <K> Map<String, Long> named(Map<K, Long> counts, Function<K, String> name) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((key, count) -> named.merge(name.apply(key), count, Long::sum));
        return named;
    }

    private Map<String, Long> withUndated(Map<String, Long> counts, long undated, Locale locale) {
        if (undated > 0) {
            counts.put(text("reports.undated", locale), undated);
        }
        return counts;
    }

    private static Map<String, Long> largestFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(java.util.Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
