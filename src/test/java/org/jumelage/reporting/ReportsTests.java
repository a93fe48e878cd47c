package org.jumelage.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jumelage.activities.ActivityRecords;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.domain.AccountService;
import org.jumelage.reporting.domain.ReportFilter;
import org.jumelage.reporting.domain.ReportTable;
import org.jumelage.reporting.domain.Reports;
import org.jumelage.shared.Countries;
import org.jumelage.shared.Csv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reports page on the demo data (also on PostgreSQL in CI): every table's numbers are the database's own counts,
 * the downloads hold the table's rows, bad filters change nothing and say why, the exchange's exact counts are the
 * international office's only, and saved reports re-run with the day's data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Tag("database")
class ReportsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Reports reports;

    @Autowired
    ActivityRecords activities;

    @Autowired
    org.jumelage.exchange.ExchangeFigures exchange;

    @Autowired
    org.jumelage.partners.RegistryRecords registry;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private JumelageUser demo(String username) {
        JumelageUser user = accounts.loadUser(username).orElseThrow();
        user.eraseCredentials();
        return user;
    }

    private void signIn(String username) {
        JumelageUser user = demo(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Map<String, ReportTable> tables(ReportFilter filter, Locale locale) {
        Map<String, ReportTable> tables = new HashMap<>();
        reports.tables(filter, locale).forEach(table -> tables.put(table.name(), table));
        return tables;
    }

    private static Map<String, Long> counts(ReportTable table) {
        Map<String, Long> counts = new HashMap<>();
        table.rows().forEach(row -> counts.put(row.get(0), Long.parseLong(row.get(1))));
        return counts;
    }

    private long warsaw() {
        return jdbc.queryForObject("select id from city where slug = 'warsaw'", Long.class);
    }

    @Test
    void thePartnershipTablesAreTheDatabasesCounts() {
        signIn("viewer");
        Map<String, ReportTable> tables = tables(ReportFilter.everything(), Locale.GERMAN);
        long total = jdbc.queryForObject("select count(*) from relationship", Long.class);
        assertThat(total).isGreaterThan(5);
        for (String name : List.of(
                "partnerships-by-type",
                "partnerships-by-status",
                "partnerships-by-region",
                "partnerships-by-country",
                "partnerships-by-decade")) {
            assertThat(counts(tables.get(name)).values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .as(name)
                    .isEqualTo(total);
        }
        Map<String, Long> byCountry = new HashMap<>();
        jdbc.query(
                "select c.country_code, count(*) from relationship r join city c on c.id = r.city_id group by c.country_code",
                row -> {
                    byCountry.put(Countries.name(row.getString(1), Locale.GERMAN), row.getLong(2));
                });
        assertThat(counts(tables.get("partnerships-by-country"))).isEqualTo(byCountry);
        long active = jdbc.queryForObject("select count(*) from relationship where status = 'ACTIVE'", Long.class);
        assertThat(counts(tables.get("partnerships-by-status"))).containsEntry("Aktiv", active);
        // The world regions come from the UN M49 grouping: Poland lies in Eastern Europe, France in Western Europe.
        long eastern = jdbc.queryForObject(
                "select count(*) from relationship r join city c on c.id = r.city_id"
                        + " where c.country_code in ('PL', 'RU', 'CZ', 'SK', 'HU', 'RO', 'BG', 'UA', 'BY', 'MD')",
                Long.class);
        assertThat(eastern).isPositive();
        assertThat(counts(tables.get("partnerships-by-region"))).containsEntry("Osteuropa", eastern);
        assertThat(counts(tables(ReportFilter.everything(), Locale.ENGLISH).get("partnerships-by-region")))
                .containsEntry("Eastern Europe", eastern);
    }

    @Test
    void aCityAndYearsNarrowEveryTable() {
        signIn("viewer");
        long warsaw = warsaw();
        Map<String, ReportTable> tables = tables(new ReportFilter(1990, 2030, warsaw), Locale.GERMAN);
        long relationships = jdbc.queryForObject(
                "select count(*) from relationship where city_id = ? and first_instrument_value <= date '2030-12-31'",
                Long.class,
                warsaw);
        assertThat(counts(tables.get("partnerships-by-type")).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(relationships);
        assertThat(counts(tables.get("partnerships-by-country"))).containsOnlyKeys("Polen");
        // Partnerships count from the year they were agreed: Warsaw's first agreement is of 1991.
        assertThat(jdbc.queryForObject(
                        "select min(extract(year from first_instrument_value)) from relationship where city_id = ?",
                        Integer.class,
                        warsaw))
                .isEqualTo(1991);
        assertThat(tables(new ReportFilter(null, 1990, warsaw), Locale.GERMAN)
                        .get("partnerships-by-type")
                        .rows())
                .isEmpty();
        assertThat(tables(new ReportFilter(2020, 2025, warsaw), Locale.GERMAN)
                        .get("partnerships-by-type")
                        .rows())
                .isNotEmpty();
        // Activities by the years they take place in, with Warsaw.
        long activitiesWithWarsaw = jdbc.queryForObject(
                "select count(*) from activity a join activity_city c on c.activity_id = a.id where c.city_id = ?"
                        + " and a.end_date >= date '1990-01-01' and a.start_date <= date '2030-12-31'",
                Long.class,
                warsaw);
        assertThat(activitiesWithWarsaw).isPositive();
        assertThat(counts(tables.get("activities-by-year")).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(activitiesWithWarsaw);
        assertThat(counts(tables.get("activities-by-city"))).containsEntry("Warschau", activitiesWithWarsaw);
        long rated = jdbc.queryForObject(
                "select count(*) from activity a join activity_city c on c.activity_id = a.id where c.city_id = ?"
                        + " and a.rating is not null and a.end_date >= date '1990-01-01'"
                        + " and a.start_date <= date '2030-12-31'",
                Long.class,
                warsaw);
        Map<String, Long> byRating = counts(tables.get("activities-by-rating"));
        assertThat(byRating.getOrDefault("Nicht bewertet", 0L)).isEqualTo(activitiesWithWarsaw - rated);
    }

    @Test
    void theExchangesExactCountsAreTheOfficesTheRestSeeSmallOnesWithheld() {
        signIn("admin");
        Map<String, ReportTable> office = tables(ReportFilter.everything(), Locale.GERMAN);
        assertThat(office).containsKeys("exchange-by-city", "exchange-by-administration");
        List<List<String>> exact = office.get("exchange-by-year").rows();
        assertThat(exact).isNotEmpty();
        // The demo's past call: Vera Viewer's completed stay in Warsaw.
        assertThat(counts(office.get("exchange-by-city"))).containsKey("Warschau");
        signIn("viewer");
        Map<String, ReportTable> viewer = tables(ReportFilter.everything(), Locale.GERMAN);
        assertThat(viewer).doesNotContainKeys("exchange-by-city", "exchange-by-administration");
        List<List<String>> shown = viewer.get("exchange-by-year").rows();
        assertThat(shown).hasSameSizeAs(exact);
        boolean anyWithheld = false;
        for (int r = 0; r < exact.size(); r++) {
            for (int c = 1; c < 3; c++) {
                long people = Long.parseLong(exact.get(r).get(c));
                String expected = people > 0 && people < 3 ? "weniger als 3" : String.valueOf(people);
                anyWithheld |= people > 0 && people < 3;
                assertThat(shown.get(r).get(c)).as("row %d column %d", r, c).isEqualTo(expected);
            }
        }
        assertThat(anyWithheld)
                .as("the demo data has a small count to withhold")
                .isTrue();
        // One city's figures beside all cities' would give a withheld count away by subtraction: office only.
        long warsaw = warsaw();
        assertThat(tables(new ReportFilter(null, null, warsaw), Locale.GERMAN)).doesNotContainKey("exchange-by-year");
        assertThatThrownBy(() -> exchange.byYear(null, null, warsaw)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exchange.cells(null, null, null)).isInstanceOf(AccessDeniedException.class);
        signIn("admin");
        assertThat(tables(new ReportFilter(null, null, warsaw), Locale.GERMAN)
                        .get("exchange-by-year")
                        .rows())
                .isNotEmpty();
    }

    @Test
    void onlyTheBackOfficeReadsTheRecords() throws Exception {
        for (String other : List.of("staff", "hr", "paris")) {
            signIn(other);
            assertThatThrownBy(() -> activities.figures(null, null, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> registry.figures(null, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> registry.relationshipsOf(warsaw())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exchange.byYear(null, null, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.tables(ReportFilter.everything(), Locale.GERMAN))
                    .isInstanceOf(AccessDeniedException.class);
            mvc.perform(get("/office/reports").with(user(demo(other)))).andExpect(status().isForbidden());
            mvc.perform(get("/office/reports/tables/activities-by-year.csv").with(user(demo(other))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/office/reports/dossier.pdf").param("city", "1").with(user(demo(other))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void thePageShowsEveryTableWithItsChartAndDownloads() throws Exception {
        String page = mvc.perform(get("/office/reports").with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (String caption : List.of(
                "Partnerschaften nach Weltregion (UN M49)",
                "Aktivitäten nach Bewertung des Ergebnisses",
                "Teilnehmende am Personalaustausch nach Jahr und Richtung")) {
            assertThat(page).contains(caption);
        }
        assertThat(page)
                .contains("<svg class=\"chart\" role=\"img\"", "/office/reports/tables/partnerships-by-type.csv")
                .doesNotContain("Teilnehmende am Personalaustausch nach Partnerstadt");
    }

    @Test
    void theDownloadsHoldTheTablesRows() throws Exception {
        long warsaw = warsaw();
        signIn("viewer");
        ReportTable table =
                tables(new ReportFilter(2000, null, warsaw), Locale.ENGLISH).get("activities-by-type");
        String csv = mvc.perform(get("/office/reports/tables/activities-by-type.csv")
                        .param("from", "2000")
                        .param("city", String.valueOf(warsaw))
                        .header("Accept-Language", "en")
                        .with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<List<String>> parsed = Csv.parse(csv);
        assertThat(parsed.getFirst()).isEqualTo(table.header());
        assertThat(parsed.subList(1, parsed.size())).isEqualTo(table.rows());
        byte[] xlsx = mvc.perform(get("/office/reports/tables/activities-by-type.xlsx")
                        .param("from", "2000")
                        .param("city", String.valueOf(warsaw))
                        .header("Accept-Language", "en")
                        .with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> line = new ArrayList<>();
                row.forEach(cell -> line.add(cell.getStringCellValue()));
                cells.add(line);
            }
        }
        assertThat(cells.getFirst()).isEqualTo(table.header());
        assertThat(cells.subList(1, cells.size())).isEqualTo(table.rows());
        mvc.perform(get("/office/reports/tables/no-such-table.csv").with(user(demo("viewer"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void badFiltersSayWhyAndCountNothing() throws Exception {
        mvc.perform(get("/office/reports")
                        .param("from", "2030")
                        .param("to", "2020")
                        .with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Das Anfangsjahr liegt nach dem Endjahr.")))
                // The error belongs to the last year: the summary leads to that field.
                .andExpect(content().string(containsString("href=\"#to\"")))
                .andExpect(content().string(not(containsString("Partnerschaften nach Art"))));
        mvc.perform(get("/office/reports").param("from", "12").with(user(demo("viewer"))))
                .andExpect(content().string(containsString("Bitte ein Jahr zwischen 1900 und 2100 angeben.")));
        mvc.perform(get("/office/reports").param("city", "999999").with(user(demo("viewer"))))
                .andExpect(content().string(containsString("Diese Partnerstadt gibt es nicht im Register.")));
        mvc.perform(get("/office/reports").param("from", "abc").with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Partnerschaften nach Art"))));
        mvc.perform(get("/office/reports/tables/activities-by-year.csv")
                        .param("from", "2030")
                        .param("to", "2020")
                        .with(user(demo("viewer"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("Das Anfangsjahr liegt nach dem Endjahr."));
        mvc.perform(get("/office/reports/tables/activities-by-year.xlsx")
                        .param("city", "999999")
                        .with(user(demo("viewer"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("Diese Partnerstadt gibt es nicht im Register."));
    }

    @Test
    void aSavedReportReRunsItsFiltersAndOnlyItsMakerOrTheOfficeDeletesIt() throws Exception {
        long warsaw = warsaw();
        String name = "Warschau seit 2020 " + System.nanoTime();
        mvc.perform(post("/office/reports/saved")
                        .param("name", name)
                        .param("from", "2020")
                        .param("city", String.valueOf(warsaw))
                        .with(csrf())
                        .with(user(demo("viewer"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/office/reports?from=2020&city=" + warsaw));
        long id = jdbc.queryForObject("select id from saved_report where name = ?", Long.class, name);
        long version = jdbc.queryForObject("select version from saved_report where id = ?", Long.class, id);
        assertThat(jdbc.queryForObject("select created_by from saved_report where id = ?", String.class, id))
                .isEqualTo("viewer");
        assertThat(jdbc.queryForObject("select from_year from saved_report where id = ?", Integer.class, id))
                .isEqualTo(2020);
        mvc.perform(get("/office/reports/saved/" + id).with(user(demo("editor"))))
                .andExpect(redirectedUrl("/office/reports?from=2020&city=" + warsaw));
        // The same name again (in another case) is refused beside the field; nothing is saved.
        mvc.perform(post("/office/reports/saved")
                        .param("name", name.toUpperCase(Locale.ROOT))
                        .with(csrf())
                        .with(user(demo("editor"))))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Unter diesem Namen ist schon eine Auswertung gespeichert.")));
        mvc.perform(post("/office/reports/saved")
                        .param("name", " ")
                        .with(csrf())
                        .with(user(demo("editor"))))
                .andExpect(content().string(containsString("Bitte füllen Sie dieses Feld aus.")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from saved_report where lower(name) = lower(?)", Long.class, name))
                .isEqualTo(1);
        // Another reader may not delete it; a stale version is a conflict; its maker deletes it.
        mvc.perform(post("/office/reports/saved/" + id + "/delete")
                        .param("version", String.valueOf(version))
                        .with(csrf())
                        .with(user(demo("editor"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/office/reports/saved/" + id + "/delete")
                        .param("version", String.valueOf(version + 1))
                        .with(csrf())
                        .with(user(demo("viewer"))))
                .andExpect(flash().attribute("failure", "reports.saved.error.conflict"));
        mvc.perform(post("/office/reports/saved/" + id + "/delete")
                        .param("version", String.valueOf(version))
                        .with(csrf())
                        .with(user(demo("viewer"))))
                .andExpect(flash().attribute("success", "reports.saved.deleted"));
        assertThat(jdbc.queryForObject("select count(*) from saved_report where id = ?", Long.class, id))
                .isZero();
    }
}
