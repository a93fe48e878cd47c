package org.jumelage.exchange.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.NominationStatus;
import org.jumelage.exchange.domain.CallDashboard;
import org.jumelage.exchange.domain.ExchangeStatistics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The office's dashboard of one call: its pipeline, its places, who waits how long, and its statistics. */
@Controller
class DashboardController {

    private final CallDashboard dashboard;
    private final ExchangeStatistics statistics;
    private final Names names;
    private final org.jumelage.partners.PartnerCatalog catalog;
    private final org.springframework.context.MessageSource messages;

    /** How many rows of the statistics the dashboard shows at a time; the download has them all. */
    static final int STATISTICS_PAGE = 50;

    DashboardController(
            CallDashboard dashboard,
            ExchangeStatistics statistics,
            Names names,
            org.jumelage.partners.PartnerCatalog catalog,
            org.springframework.context.MessageSource messages) {
        this.dashboard = dashboard;
        this.statistics = statistics;
        this.names = names;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/office/exchange/calls/{id}/dashboard")
    String dashboard(
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int pending,
            @org.springframework.web.bind.annotation.RequestParam(name = "statistics", defaultValue = "0")
                    int statisticsPage,
            Model model,
            Locale locale) {
        model.addAttribute("pipeline", dashboard.of(id, pending));
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("nominationStatuses", NominationStatus.values());
        List<ExchangeStatistics.Row> rows = statistics.forOffice(id);
        org.springframework.data.domain.PageRequest request =
                org.springframework.data.domain.PageRequest.of(Math.max(0, statisticsPage), STATISTICS_PAGE);
        int from = (int) Math.min(request.getOffset(), rows.size());
        model.addAttribute(
                "statistics",
                new org.springframework.data.domain.PageImpl<>(
                        rows.subList(from, Math.min(rows.size(), from + STATISTICS_PAGE)), request, rows.size()));
        model.addAttribute("cityNames", org.jumelage.shared.Names.of(catalog.citiesById(), city -> city.name(locale)));
        names.addTo(model, locale);
        return "exchange/dashboard";
    }

    /** Every row of the call's statistics as CSV (UTF-8, a header in the reader's language), as a download. */
    @GetMapping("/office/exchange/calls/{id}/statistics.csv")
    org.springframework.http.ResponseEntity<byte[]> statisticsCsv(@PathVariable long id, Locale locale) {
        List<ExchangeStatistics.Row> rows = statistics.forOffice(id);
        org.jumelage.shared.Names units =
                org.jumelage.shared.Names.of(names.organisation().unitsById(), unit -> unit.name(locale));
        org.jumelage.shared.Names cities =
                org.jumelage.shared.Names.of(catalog.citiesById(), city -> city.name(locale));
        StringBuilder csv = new StringBuilder();
        csv.append(org.jumelage.shared.Csv.line(Stream.of(
                        "placement.direction",
                        "dashboard.year",
                        "dashboard.berlinAdministration",
                        "dashboard.city",
                        "application.weeks",
                        "dashboard.outcome",
                        "dashboard.people")
                .map(key -> messages.getMessage(key, null, locale))
                .toList()));
        for (ExchangeStatistics.Row row : rows) {
            csv.append(org.jumelage.shared.Csv.line(java.util.Arrays.asList(
                    messages.getMessage(row.incoming() ? "placement.incoming" : "placement.outgoing", null, locale),
                    Integer.toString(row.year()),
                    org.jumelage.shared.Csv.text(units.getOrDefault(row.berlinUnitId(), "")),
                    org.jumelage.shared.Csv.text(cities.getOrDefault(row.partnerCityId(), "")),
                    row.weeks() == null ? "" : row.weeks().toString(),
                    messages.getMessage("outcome." + row.outcome(), null, row.outcome(), locale),
                    Integer.toString(row.people()))));
        }
        return org.jumelage.shared.Attachments.csv(csv.toString(), "statistics-call-" + id + ".csv");
    }
}
