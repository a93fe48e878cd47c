package org.jumelage.activities.web;

import static org.jumelage.testing.ListPageStatements.page;
import static org.jumelage.testing.ListPageStatements.unnamedRows;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.YearMonth;
import java.time.ZoneId;
import org.jumelage.activities.domain.ActivityRows;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.activities.domain.PersonalFeeds;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.partners.domain.RegistryRows;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.domain.AccountService;
import org.jumelage.testing.ListPageStatements;
import org.jumelage.testing.Signed;
import org.jumelage.testing.StatementCountTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The activities' lists, reports and feeds run as many SQL statements for three times the activities. */
@StatementCountTest
class ActivityStatementsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ActivityService activities;

    @Autowired
    PersonalFeeds feeds;

    @Autowired
    RegistryService registry;

    @Autowired
    PartnerCatalog catalog;

    @Autowired
    Organisation organisation;

    @Test
    void theActivityListsReportsAndFeeds() throws Exception {
        JumelageUser admin = accounts.loadUser("admin").orElseThrow();
        JumelageUser viewer = accounts.loadUser("viewer").orElseThrow();
        RegistryRows registryRows = RegistryRows.of(registry, organisation);
        String theme = registryRows.focusCode();
        long unit = registryRows.unitId();
        long city = Signed.in(
                admin,
                () -> registry.get(registryRows.add(RegistryRows.cityName("Aktivstadt"), false))
                        .getCity()
                        .getId());
        String token = Signed.in(viewer, feeds::renew);
        // Later than every other activity of these tests, so that they head the unfiltered list (latest first), and
        // within the agenda's ten years.
        YearMonth month = YearMonth.now(ZoneId.of("Europe/Berlin")).plusYears(5);
        ActivityRows rows = new ActivityRows(
                activities,
                catalog,
                organisation,
                accounts,
                new ActivityRows.Spec("Termin", city, unit, theme, viewer.accountId(), false, month.atDay(1)));

        ListPageStatements.check(
                mvc,
                count -> Signed.in(admin, () -> rows.add(count)),
                // Narrowed to the year of these rows: the first page must stay part-full at both sizes, as Spring Data
                // adds its count query only once a page is full, which is not an N+1.
                page(
                        "/office/activities of one year",
                        () -> get("/office/activities")
                                .param("year", String.valueOf(month.getYear()))
                                .with(user(admin))),
                page(
                        "/office/activities with every filter",
                        () -> get("/office/activities")
                                .param("city", String.valueOf(city))
                                .param("type", "INCOMING_DELEGATION")
                                .param("unit", String.valueOf(unit))
                                .param("theme", theme)
                                .param("year", String.valueOf(month.getYear()))
                                .param("status", "PLANNED")
                                .with(user(admin))),
                page(
                        "/office/activities/agenda",
                        () -> get("/office/activities/agenda").with(user(admin))),
                page(
                        "/office/activities/calendar?month",
                        () -> get("/office/activities/calendar")
                                .param("month", month.toString())
                                .with(user(admin))),
                page(
                        "/office/activities/lessons?city",
                        () -> get("/office/activities/lessons")
                                .param("city", String.valueOf(city))
                                .with(user(admin))),
                page(
                        "/office/activities/of-city/{id}",
                        () -> get("/office/activities/of-city/" + city).with(user(admin))),
                unnamedRows(
                        "/office/activities/report?city",
                        () -> get("/office/activities/report")
                                .param("city", String.valueOf(city))
                                .with(user(admin))),
                page(
                        "/office/activities/export.csv?city",
                        () -> get("/office/activities/export.csv")
                                .param("city", String.valueOf(city))
                                .with(user(admin))),
                unnamedRows(
                        "/office/activities/export.xlsx?city",
                        () -> get("/office/activities/export.xlsx")
                                .param("city", String.valueOf(city))
                                .with(user(admin))),
                page("/calendar/personal/{token}.ics", () -> get("/calendar/personal/" + token + ".ics")));
    }
}
