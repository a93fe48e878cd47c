package org.jumelage.publicweb;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.activities.ActivityCalendar;
import org.jumelage.activities.ActivityCalendar.PublicActivity;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.PartnershipSummary;
import org.jumelage.partners.PublishedCity;
import org.jumelage.shared.Csv;
import org.jumelage.shared.SiteAddress;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public datasets: the published partnerships (CSV and GeoJSON) and the public activities (CSV), written page by
 * page from what the public site shows, never from the back office's records. Their columns are fixed and documented
 * on the open-data page ({@code opendata.column.*}): what the public site shows, nothing else (no person's name, no
 * contact, no note, no need, nothing of the exchange).
 */
@Component
class OpenDataSets {

    /** The partnerships' columns, in order. */
    static final List<String> PARTNERSHIP_COLUMNS = List.of(
            "id",
            "city_de",
            "city_en",
            "city_local",
            "city_local_language",
            "country",
            "latitude",
            "longitude",
            "type",
            "status",
            "status_since",
            "first_instrument",
            "focus_areas_de",
            "focus_areas_en",
            "holder_de",
            "holder_en",
            "page_de",
            "page_en");

    /** The public activities' columns, in order. */
    static final List<String> ACTIVITY_COLUMNS = List.of(
            "id",
            "type",
            "status",
            "title_de",
            "title_en",
            "summary_de",
            "summary_en",
            "start_date",
            "end_date",
            "start_time",
            "place_de",
            "place_en",
            "partner_cities",
            "example");

    /** Rows read per query. */
    static final int PAGE = 200;

    private final PartnerDirectory directory;
    private final PartnerCatalog catalog;
    private final ActivityCalendar activities;
    private final SiteAddress address;
    private final JsonMapper json;

    OpenDataSets(
            PartnerDirectory directory,
            PartnerCatalog catalog,
            ActivityCalendar activities,
            SiteAddress address,
            JsonMapper json) {
        this.directory = directory;
        this.catalog = catalog;
        this.activities = activities;
        this.address = address;
        this.json = json;
    }

    void partnershipsCsv(Writer out) throws IOException {
        out.write(Csv.line(PARTNERSHIP_COLUMNS));
        Function<PartnershipSummary, List<String>> row = partnershipRow();
        for (int page = 0; ; page++) {
            Page<PartnershipSummary> found = directory.published(pageOf(page));
            for (PartnershipSummary partnership : found) {
                out.write(Csv.line(spreadsheetSafe(row.apply(partnership), PARTNERSHIP_COLUMNS)));
            }
            if (!found.hasNext()) {
                return;
            }
        }
    }

    /**
     * The partnerships as a GeoJSON FeatureCollection (RFC 7946: WGS 84, longitude before latitude), a point per
     * partnership with the CSV's columns as properties; a partnership whose city has no position has no geometry.
     */
    void partnershipsGeoJson(Writer out) throws IOException {
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
        Function<PartnershipSummary, List<String>> row = partnershipRow();
        boolean first = true;
        for (int page = 0; ; page++) {
            Page<PartnershipSummary> found = directory.published(pageOf(page));
            for (PartnershipSummary partnership : found) {
                Map<String, Object> feature = new LinkedHashMap<>();
                feature.put("type", "Feature");
                feature.put("id", partnership.id());
                feature.put(
                        "geometry",
                        partnership.latitude() == null || partnership.longitude() == null
                                ? null
                                : Map.of(
                                        "type",
                                        "Point",
                                        "coordinates",
                                        List.of(partnership.longitude(), partnership.latitude())));
                Map<String, Object> properties = new LinkedHashMap<>();
                List<String> values = row.apply(partnership);
                for (int i = 0; i < PARTNERSHIP_COLUMNS.size(); i++) {
                    String column = PARTNERSHIP_COLUMNS.get(i);
                    if (!column.equals("latitude") && !column.equals("longitude")) {
                        properties.put(column, column.equals("id") ? partnership.id() : emptyToNull(values.get(i)));
                    }
                }
                feature.put("properties", properties);
                out.write(first ? "" : ",");
                out.write(json.writeValueAsString(feature));
                first = false;
            }
            if (!found.hasNext()) {
                break;
            }
        }
        out.write("]}");
    }

    void activitiesCsv(Writer out) throws IOException {
        out.write(Csv.line(ACTIVITY_COLUMNS));
        long after = 0;
        while (true) {
            List<PublicActivity> found = activities.publishedAfter(after, PAGE);
            for (PublicActivity activity : found) {
                out.write(Csv.line(spreadsheetSafe(activityRow(activity), ACTIVITY_COLUMNS)));
            }
            if (found.size() < PAGE) {
                return;
            }
            after = found.getLast().id();
        }
    }

    private static PartnershipQuery pageOf(int page) {
        return new PartnershipQuery(
                null, null, null, null, null, null, null, PartnershipQuery.Sort.CITY, false, page, PAGE);
    }

    private Function<PartnershipSummary, List<String>> partnershipRow() {
        Map<String, PartnerCatalog.FocusRef> focus = catalog.focusAreas().stream()
                .collect(Collectors.toMap(PartnerCatalog.FocusRef::code, Function.identity(), (a, b) -> a));
        Map<String, PublishedCity> cities = directory.publishedCities().stream()
                .collect(Collectors.toMap(PublishedCity::slugEn, Function.identity(), (a, b) -> a));
        String base = address.base();
        return partnership -> {
            PublishedCity city = cities.get(partnership.slug());
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(partnership.id()));
            row.add(partnership.nameDe());
            row.add(partnership.nameEn());
            row.add(partnership.nameLocal());
            row.add(partnership.nameLocalLang());
            row.add(partnership.country());
            row.add(partnership.latitude() == null ? "" : partnership.latitude().toString());
            row.add(
                    partnership.longitude() == null
                            ? ""
                            : partnership.longitude().toString());
            row.add(partnership.type().name());
            row.add(partnership.status().name());
            row.add(partnership.statusSince());
            row.add(partnership.firstInstrument());
            row.add(names(partnership.focusAreas(), focus, Locale.GERMAN));
            row.add(names(partnership.focusAreas(), focus, Locale.ENGLISH));
            row.add(partnership.holderNameDe());
            row.add(partnership.holderNameEn());
            row.add(city == null ? "" : base + PublicPage.cityPath(Locale.GERMAN, city.slugDe()));
            row.add(city == null ? "" : base + PublicPage.cityPath(Locale.ENGLISH, city.slugEn()));
            return row;
        };
    }

    private static String names(List<String> codes, Map<String, PartnerCatalog.FocusRef> focus, Locale locale) {
        return codes.stream()
                .map(focus::get)
                .filter(java.util.Objects::nonNull)
                .map(ref -> "en".equals(locale.getLanguage()) ? ref.nameEn() : ref.nameDe())
                .collect(Collectors.joining("; "));
    }

    private static List<String> activityRow(PublicActivity activity) {
        return List.of(
                String.valueOf(activity.id()),
                activity.type().name(),
                activity.status().name(),
                nullToEmpty(activity.titleDe()),
                nullToEmpty(activity.titleEn()),
                nullToEmpty(activity.summaryDe()),
                nullToEmpty(activity.summaryEn()),
                activity.startDate() == null ? "" : activity.startDate().toString(),
                activity.endDate() == null ? "" : activity.endDate().toString(),
                activity.startTime() == null ? "" : activity.startTime().toString(),
                nullToEmpty(activity.placeDe()),
                nullToEmpty(activity.placeEn()),
                activity.citySlugs().stream().sorted().collect(Collectors.joining("; ")),
                String.valueOf(activity.example()));
    }

    /**
     * The row with every text a spreadsheet could run as a formula defused ({@link Csv#text}); numbers keep their sign.
     */
    private static List<String> spreadsheetSafe(List<String> row, List<String> columns) {
        List<String> safe = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            String column = columns.get(i);
            boolean number = column.equals("id") || column.equals("latitude") || column.equals("longitude");
            safe.add(number ? row.get(i) : Csv.text(row.get(i)));
        }
        return safe;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
