package org.jumelage.publicweb;

import static org.jumelage.testing.ListPageStatements.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jumelage.activities.domain.ActivityRows;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.domain.City;
import org.jumelage.partners.domain.RegistryRows;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.domain.AccountService;
import org.jumelage.testing.ListPageStatements;
import org.jumelage.testing.Signed;
import org.jumelage.testing.StatementCountTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The public site's lists (the overview, the map, a city's page, news, review, the sitemap) and the public calendar
 * feeds run as many SQL statements for three times the published relationships or activities.
 */
@StatementCountTest
class PublicPageStatementsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    RegistryService registry;

    @Autowired
    ActivityService activities;

    @Autowired
    PartnerCatalog catalog;

    @Autowired
    PartnerDirectory directory;

    @Autowired
    Organisation organisation;

    private JumelageUser admin;

    private RegistryRows relationships;

    @BeforeEach
    void setUp() {
        admin = accounts.loadUser("admin").orElseThrow();
        relationships = RegistryRows.of(registry, organisation);
    }

    private static Predicate<String> startsWith(String prefix) {
        return marker -> marker.startsWith(prefix);
    }

    @Test
    void theOverviewTheMapAndTheSitemap() throws Exception {
        ListPageStatements.check(
                mvc,
                count -> Signed.in(admin, () -> {
                    // Each city's name for the pages, and its address segment for the sitemap.
                    List<String> markers = new ArrayList<>();
                    for (String name : relationships.add(count, "Oeffentlich", true)) {
                        markers.add(name);
                        markers.add("/" + cityOf(name).getSlug());
                    }
                    return markers;
                }),
                page("/de/staedtepartnerschaften", startsWith("Oeffentlich"), () -> get("/de/staedtepartnerschaften")),
                page("/en/city-partnerships", startsWith("Oeffentlich"), () -> get("/en/city-partnerships")),
                page(
                        "/de/staedtepartnerschaften/karte",
                        startsWith("Oeffentlich"),
                        () -> get("/de/staedtepartnerschaften/karte")),
                page("/sitemap.xml", startsWith("/"), () -> get("/sitemap.xml")));
    }

    private City cityOf(String name) {
        return registry.cities().stream()
                .filter(city -> city.getNameDe().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theNewsTheReviewACitysPageAndTheFeeds() throws Exception {
        String name = RegistryRows.cityName("Feststadt");
        long cityId = Signed.in(
                admin,
                () -> registry.get(relationships.add(name, true)).getCity().getId());
        City city = cityOf(name);
        long viewer = accounts.loadUser("viewer").orElseThrow().accountId();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        ActivityRows upcoming = new ActivityRows(
                activities,
                catalog,
                organisation,
                accounts,
                new ActivityRows.Spec(
                        "Kommend",
                        cityId,
                        relationships.unitId(),
                        relationships.focusCode(),
                        viewer,
                        true,
                        today.plusYears(1)));
        ActivityRows past = new ActivityRows(
                activities,
                catalog,
                organisation,
                accounts,
                new ActivityRows.Spec(
                        "Vergangen",
                        cityId,
                        relationships.unitId(),
                        relationships.focusCode(),
                        viewer,
                        true,
                        today.minusYears(10).withDayOfYear(1)));
        String cityPage = "/de/staedtepartnerschaften/" + slugDe(name);
        ListPageStatements.check(
                mvc,
                count -> Signed.in(admin, () -> {
                    List<String> titles = new ArrayList<>(upcoming.add(count));
                    titles.addAll(past.add(count));
                    return titles;
                }),
                page("/de/aktuelles", startsWith("Kommend"), () -> get("/de/aktuelles")),
                page("/en/news", startsWith("Kommend"), () -> get("/en/news")),
                page(
                        "/de/rueckblick?year=",
                        startsWith("Vergangen"),
                        () -> get("/de/rueckblick")
                                .param(
                                        "year",
                                        String.valueOf(today.minusYears(10).getYear()))),
                page(
                        "/en/review?year=",
                        startsWith("Vergangen"),
                        () -> get("/en/review")
                                .param(
                                        "year",
                                        String.valueOf(today.minusYears(10).getYear()))),
                page("/de/staedtepartnerschaften/{city}", () -> get(cityPage)),
                // The feeds reach 90 days back: they carry what is coming.
                page("/calendar/public.ics", startsWith("Kommend"), () -> get("/calendar/public.ics")),
                page(
                        "/calendar/cities/{slug}.ics",
                        startsWith("Kommend"),
                        () -> get("/calendar/cities/" + city.getSlug() + ".ics")));
    }

    private String slugDe(String nameDe) {
        return directory.publishedCities().stream()
                .filter(c -> c.nameDe().equals(nameDe))
                .findFirst()
                .orElseThrow()
                .slugDe();
    }
}
