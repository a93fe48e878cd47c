package org.jumelage.reporting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jumelage.activities.ActivityRecords;
import org.jumelage.exchange.ExchangeFigures;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.partners.RegistryRecords;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.PartialDate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Puts together the dossier about one partner city and a period from what the person asking may see: the city's
 * relationships with their instruments, status history, focus areas and responsible units; its activities in the
 * period with their outcome and lessons (never their participants); the exchange's figures with it (exact for the
 * international office, small counts withheld for the rest of the back office, ADR 0027).
 */
@Service
public class Dossiers {

    /**
     * The most activities a dossier lists one by one, the earliest first; it says how many more there are, and its
     * figures count them all. A PDF of a city's every activity over 30 years (network-scale data set) did not fit the
     * production heap while it was laid out; a shorter period lists them all.
     */
    public static final int ACTIVITIES_LISTED = 150;

    private static final Locale GERMAN = Locale.GERMAN;
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(GERMAN);

    private final RegistryRecords registry;
    private final ActivityRecords activities;
    private final ExchangeFigures exchange;
    private final PartnerCatalog catalog;
    private final Organisation organisation;
    private final MessageSource messages;
    private final Clock clock;

    Dossiers(
            RegistryRecords registry,
            ActivityRecords activities,
            ExchangeFigures exchange,
            PartnerCatalog catalog,
            Organisation organisation,
            MessageSource messages,
            Clock clock) {
        this.registry = registry;
        this.activities = activities;
        this.exchange = exchange;
        this.catalog = catalog;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    /** The dossier for the city (a registry id) and the years (either may be null: open). */
    public Dossier of(long cityId, Integer fromYear, Integer toYear) {
        PartnerCatalog.CityRef city = catalog.city(cityId).orElseThrow(() -> new NotFound("city", cityId));
        String name = city.name(GERMAN);
        String period = period(fromYear, toYear);
        Map<Long, UnitRef> units = organisation.unitsById();
        List<Dossier.Section> sections = new ArrayList<>();
        sections.addAll(relationships(cityId, units));
        sections.addAll(activities(cityId, fromYear, toYear, units));
        sections.add(exchange(cityId, fromYear, toYear));
        String issued = text(
                "dossier.subtitle",
                DAY.format(LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")))),
                JumelageUser.currentUsername());
        return new Dossier(
                text("dossier.title", name, period),
                issued,
                sections,
                "dossier-" + city.slug() + (fromYear == null ? "" : "-" + fromYear)
                        + (toYear == null ? "" : "-" + toYear));
    }

    private List<Dossier.Section> relationships(long cityId, Map<Long, UnitRef> units) {
        List<RegistryRecords.RelationshipRecord> records = registry.relationshipsOf(cityId);
        List<Dossier.Section> sections = new ArrayList<>();
        sections.add(new Dossier.Section(
                2,
                text("dossier.relationships"),
                records.isEmpty()
                        ? List.of(new Dossier.Paragraph(null, text("dossier.relationships.none")))
                        : List.of()));
        for (RegistryRecords.RelationshipRecord record : records) {
            List<Dossier.Block> blocks = new ArrayList<>();
            blocks.add(new Dossier.Facts(List.of(
                    new Dossier.Fact(
                            text("dossier.status"),
                            text("relationshipStatus." + record.status())
                                    + (record.statusSince() == null
                                            ? ""
                                            : " " + text("dossier.since", date(record.statusSince())))),
                    new Dossier.Fact(
                            text("dossier.firstInstrument"),
                            record.firstInstrument() == null ? "–" : date(record.firstInstrument())),
                    new Dossier.Fact(
                            text("dossier.published"), text(record.published() ? "dossier.yes" : "dossier.no")))));
            blocks.add(new Dossier.Table(
                    text("dossier.instruments"),
                    List.of(
                            text("dossier.column.kind"),
                            text("dossier.column.date"),
                            text("dossier.column.place"),
                            text("dossier.column.signatories"),
                            text("dossier.column.summary")),
                    record.instruments().stream()
                            .map(i -> List.of(
                                    text("instrumentKind." + i.kind()),
                                    date(i.signed()),
                                    orDash(i.place()),
                                    orDash(i.signatories()),
                                    orDash(i.summary())))
                            .toList(),
                    false));
            blocks.add(new Dossier.Table(
                    text("dossier.history"),
                    List.of(text("dossier.column.status"), text("dossier.column.from"), text("dossier.column.reason")),
                    record.history().stream()
                            .map(s -> List.of(
                                    text("relationshipStatus." + s.status()),
                                    s.validFrom() == null ? "–" : date(s.validFrom()),
                                    orDash(s.reason())))
                            .toList(),
                    false));
            blocks.add(new Dossier.Table(
                    text("dossier.focus"),
                    List.of(text("dossier.column.area"), text("dossier.column.detail"), text("dossier.column.years")),
                    record.focus().stream()
                            .map(f -> List.of(
                                    f.name(GERMAN), orDash(f.detail(GERMAN)), years(f.sinceYear(), f.untilYear())))
                            .toList(),
                    false));
            blocks.add(new Dossier.Table(
                    text("dossier.units"),
                    List.of(text("dossier.column.unit"), text("dossier.column.role")),
                    record.responsible().stream()
                            .map(r -> List.of(unit(units, r.unitId()), text("responsibilityRole." + r.role())))
                            .toList(),
                    false));
            sections.add(new Dossier.Section(
                    3,
                    text("relationshipType." + record.type()) + " – "
                            + (record.holderUnitId() == null
                                    ? text("dossier.heldByCity")
                                    : unit(units, record.holderUnitId())),
                    blocks));
        }
        return sections;
    }

    private List<Dossier.Section> activities(long cityId, Integer fromYear, Integer toYear, Map<Long, UnitRef> units) {
        ActivityRecords.Figures figures = activities.figures(fromYear, toYear, cityId);
        ActivityRecords.CityActivities listed = activities.ofCity(cityId, fromYear, toYear, ACTIVITIES_LISTED);
        List<Dossier.Block> overview = new ArrayList<>();
        overview.add(new Dossier.Paragraph(null, text("dossier.activities.count", figures.total())));
        overview.add(new Dossier.Table(
                text("dossier.activities.byYear"),
                List.of(text("dossier.column.year"), text("dossier.column.count")),
                figures.byYear().entrySet().stream()
                        .map(e -> List.of(String.valueOf(e.getKey()), String.valueOf(e.getValue())))
                        .toList(),
                true));
        overview.add(new Dossier.Table(
                text("dossier.activities.byType"),
                List.of(text("dossier.column.type"), text("dossier.column.count")),
                figures.byType().entrySet().stream()
                        .map(e -> List.of(text("activityType." + e.getKey()), String.valueOf(e.getValue())))
                        .toList(),
                true));
        List<List<String>> ratings = new ArrayList<>();
        figures.byRating()
                .forEach(
                        (rating, count) -> ratings.add(List.of(text("lessonRating." + rating), String.valueOf(count))));
        if (figures.unrated() > 0) {
            ratings.add(List.of(text("reports.unrated"), String.valueOf(figures.unrated())));
        }
        overview.add(new Dossier.Table(
                text("dossier.activities.byRating"),
                List.of(text("dossier.column.rating"), text("dossier.column.count")),
                ratings,
                true));
        if (listed.total() > listed.activities().size()) {
            overview.add(new Dossier.Paragraph(
                    null,
                    text(
                            "dossier.activities.more",
                            listed.total() - listed.activities().size())));
        }
        List<Dossier.Section> sections = new ArrayList<>();
        sections.add(new Dossier.Section(2, text("dossier.activities"), overview));
        Map<String, String> themes = catalog.focusAreas().stream()
                .collect(Collectors.toMap(PartnerCatalog.FocusRef::code, area -> area.name(GERMAN)));
        for (ActivityRecords.ActivityRecord activity : listed.activities()) {
            List<Dossier.Block> blocks = new ArrayList<>();
            blocks.add(new Dossier.Facts(List.of(
                    new Dossier.Fact(text("dossier.column.date"), days(activity.startDate(), activity.endDate())),
                    new Dossier.Fact(text("dossier.column.type"), text("activityType." + activity.type())),
                    new Dossier.Fact(text("dossier.column.status"), text("activityStatus." + activity.status())),
                    new Dossier.Fact(text("dossier.column.place"), orDash(activity.place())),
                    new Dossier.Fact(
                            text("dossier.column.units"),
                            orDash(activity.unitIds().stream()
                                    .map(id -> unit(units, id))
                                    .sorted()
                                    .collect(Collectors.joining(", ")))),
                    new Dossier.Fact(
                            text("dossier.column.themes"),
                            orDash(activity.themes().stream()
                                    .map(code -> themes.getOrDefault(code, code))
                                    .sorted()
                                    .collect(Collectors.joining(", ")))),
                    new Dossier.Fact(
                            text("dossier.column.rating"),
                            activity.rating() == null ? "–" : text("lessonRating." + activity.rating())))));
            paragraph(blocks, "dossier.outcome", activity.outcomeSummary());
            paragraph(blocks, "dossier.results", activity.outcomeResults());
            paragraph(blocks, "dossier.worked", activity.lessonsWorked());
            paragraph(blocks, "dossier.notWorked", activity.lessonsNotWorked());
            paragraph(blocks, "dossier.recommendation", activity.lessonsRecommendation());
            sections.add(new Dossier.Section(3, activity.title(GERMAN), blocks));
        }
        return sections;
    }

    private Dossier.Section exchange(long cityId, Integer fromYear, Integer toYear) {
        if (!exchange.exact()) {
            return new Dossier.Section(
                    2,
                    text("dossier.exchange"),
                    List.of(new Dossier.Paragraph(null, text("dossier.exchange.officeOnly"))));
        }
        Map<Integer, String[]> years = new java.util.TreeMap<>();
        boolean withheld = false;
        for (ExchangeFigures.YearFigure figure : exchange.byYear(fromYear, toYear, cityId)) {
            String[] row = years.computeIfAbsent(figure.year(), year -> new String[] {"0", "0"});
            if (figure.people() == null) {
                withheld = true;
                row[figure.incoming() ? 1 : 0] =
                        text("reports.withheld", org.jumelage.exchange.ExchangeProgrammes.SMALLEST);
            } else {
                row[figure.incoming() ? 1 : 0] = String.valueOf(figure.people());
            }
        }
        List<Dossier.Block> blocks = new ArrayList<>();
        blocks.add(new Dossier.Paragraph(null, text("dossier.exchange.intro")));
        blocks.add(new Dossier.Table(
                text("dossier.exchange.byYear"),
                List.of(text("dossier.column.year"), text("dossier.column.outgoing"), text("dossier.column.incoming")),
                years.entrySet().stream()
                        .map(e -> List.of(String.valueOf(e.getKey()), e.getValue()[0], e.getValue()[1]))
                        .toList(),
                true));
        if (withheld) {
            blocks.add(new Dossier.Paragraph(
                    null, text("dossier.exchange.withheld", org.jumelage.exchange.ExchangeProgrammes.SMALLEST)));
        }
        return new Dossier.Section(2, text("dossier.exchange"), blocks);
    }

    private void paragraph(List<Dossier.Block> blocks, String label, String value) {
        if (value != null && !value.isBlank()) {
            blocks.add(new Dossier.Paragraph(text(label), value.strip()));
        }
    }

    private String unit(Map<Long, UnitRef> units, long id) {
        UnitRef unit = units.get(id);
        return unit == null ? text("reports.unknownAdministration") : unit.name(GERMAN);
    }

    private String period(Integer fromYear, Integer toYear) {
        if (fromYear == null && toYear == null) {
            return text("dossier.period.all");
        }
        if (toYear == null) {
            return text("dossier.period.since", fromYear);
        }
        if (fromYear == null) {
            return text("dossier.period.until", toYear);
        }
        return text("dossier.period.span", fromYear, toYear);
    }

    private String years(Integer since, Integer until) {
        if (since == null && until == null) {
            return "–";
        }
        return (since == null ? "" : String.valueOf(since)) + "–" + (until == null ? "" : String.valueOf(until));
    }

    private static String days(LocalDate from, LocalDate to) {
        if (from == null) {
            return "–";
        }
        return to == null || to.equals(from) ? DAY.format(from) : DAY.format(from) + " – " + DAY.format(to);
    }

    private static String date(PartialDate date) {
        return date == null ? "–" : date.format(GERMAN);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, GERMAN);
    }
}
