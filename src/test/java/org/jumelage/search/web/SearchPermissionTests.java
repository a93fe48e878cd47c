package org.jumelage.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.jumelage.partners.InstrumentKind;
import org.jumelage.partners.domain.InstrumentDetails;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.domain.AccountService;
import org.jumelage.search.SearchQuery;
import org.jumelage.search.SearchResults;
import org.jumelage.search.domain.SearchIndexState;
import org.jumelage.search.domain.Searcher;
import org.jumelage.shared.PartialDate;
import org.jumelage.testing.Signed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search never shows a person a hit they could not open, for every role: each demo person's hits for words from
 * every kind of record all open for them, and every hit the office finds that a person does not get would have been
 * refused to them (so the filter is what keeps it out, and without it, it would leak). Facet counts come from the
 * same filtered query. The index follows a change made after the start, and the public search finds public content
 * only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Tag("database")
class SearchPermissionTests {

    /** Words from every kind of demo record: applications, nominations, lessons, stays, programmes, cities. */
    static final List<String> WORDS = List.of(
            "Radnetz",
            "Parkraummanagement",
            "Sprachkurse",
            "Hospitation",
            "Paris",
            "Warschau",
            "Radverkehr",
            "EVA",
            "Grünflächenamt",
            "Demo",
            "Moskau");

    static final List<String> PEOPLE = List.of("editor", "viewer", "staff", "supervisor", "hr", "paris", "warsaw");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    Searcher searcher;

    @Autowired
    SearchIndexState state;

    @Autowired
    RegistryService registry;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * Until the index is ready and has followed every change: no search event waits. Only the search's own: a test
     * before this one in the same context may leave another module's event waiting for good (a mail to a mail
     * server that test has stopped), and waiting for that one failed this class when the order of classes changed.
     */
    @BeforeEach
    void indexSettled() {
        await().atMost(Duration.ofSeconds(90))
                .until(() -> state.status() == SearchIndexState.Status.READY
                        && jdbc.queryForObject(
                                        "select count(*) from event_publication where completion_date is null"
                                                + " and event_type = ?",
                                        Integer.class,
                                        org.jumelage.search.RecordsChanged.class.getName())
                                == 0);
    }

    private JumelageUser demo(String username) {
        JumelageUser user = accounts.loadUser(username).orElseThrow();
        user.eraseCredentials();
        return user;
    }

    private Set<String> hits(JumelageUser user) {
        Set<String> paths = new LinkedHashSet<>();
        for (String word : WORDS) {
            for (int page = 0; page < 20; page++) {
                SearchResults results =
                        searcher.searchOffice(new SearchQuery(word, Map.of(), page, 50), user, Locale.GERMAN);
                results.hits().forEach(hit -> paths.add(hit.path()));
                long counted = results.facets().getOrDefault("kind", List.of()).stream()
                        .mapToLong(SearchResults.FacetCount::count)
                        .sum();
                assertThat(counted)
                        .as("kind counts of %s for %s", word, user.getUsername())
                        .isEqualTo(results.total());
                if (!results.hasNext()) {
                    break;
                }
            }
        }
        return paths;
    }

    /** Whether the page opens for the person (a list page always does; a record's page only when they may see it). */
    private boolean opens(String path, JumelageUser user) throws Exception {
        String address = path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
        int status = mvc.perform(get(address).with(user(user)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as(address).isIn(200, 302, 403, 404);
        return status < 400;
    }

    private static boolean isRecordPage(String path) {
        return !path.equals("/office/exchange/programmes") && !path.equals("/office/exchange/calls");
    }

    @Test
    void everyoneSeesExactlyTheHitsTheyCouldOpen() throws Exception {
        Set<String> all = hits(demo("admin"));
        assertThat(all)
                .as("the office finds records of every kind")
                .anyMatch(path -> path.startsWith("/office/exchange/applications/"))
                .anyMatch(path -> path.startsWith("/office/exchange/nominations/"))
                .anyMatch(path -> path.startsWith("/office/exchange/stays/"))
                .anyMatch(path -> path.startsWith("/office/activities/"))
                .anyMatch(path -> path.startsWith("/office/partnerships/"));
        int refused = 0;
        for (String username : PEOPLE) {
            JumelageUser person = demo(username);
            Set<String> theirs = hits(person);
            for (String path : theirs) {
                assertThat(opens(path, person))
                        .as("%s opens %s", username, path)
                        .isTrue();
            }
            for (String path : all) {
                if (!theirs.contains(path) && isRecordPage(path)) {
                    assertThat(opens(path, person))
                            .as("%s does not find %s, so it must not open for them", username, path)
                            .isFalse();
                    refused++;
                }
            }
        }
        assertThat(refused).as("hits that would leak without the filter").isGreaterThan(20);
    }

    @Test
    void rolesFindWhatTheirWorkNeedsAndNothingElse() {
        assertThat(kinds("staff", "Sprachkurse")).doesNotContain("activity");
        assertThat(kinds("viewer", "Sprachkurse")).contains("activity");
        assertThat(kinds("viewer", "Radnetz")).doesNotContain("application");
        assertThat(kinds("supervisor", "Radnetz")).contains("application");
        assertThat(kinds("editor", "Radnetz")).contains("application");
        assertThat(kinds("paris", "Parkraummanagement")).doesNotContain("nomination");
        assertThat(kinds("warsaw", "Parkraummanagement")).contains("nomination");
    }

    private Set<String> kinds(String username, String word) {
        SearchResults results =
                searcher.searchOffice(new SearchQuery(word, Map.of(), 0, 50), demo(username), Locale.GERMAN);
        Set<String> kinds = new LinkedHashSet<>();
        results.hits().forEach(hit -> kinds.add(hit.kind()));
        results.facets().getOrDefault("kind", List.of()).forEach(count -> kinds.add(count.value()));
        return kinds;
    }

    @Test
    void theIndexFollowsAChangeAfterItCommits() throws Exception {
        JumelageUser admin = demo("admin");
        String word = "Zebrastreifenvereinbarung";
        assertThat(searcher.searchOffice(new SearchQuery(word, Map.of(), 0, 10), admin, Locale.GERMAN)
                        .total())
                .isZero();
        long id = Signed.in(
                admin,
                () -> registry.searchAll(org.jumelage.partners.PartnershipQuery.all(), Locale.GERMAN)
                        .getFirst()
                        .getId());
        Signed.in(
                admin,
                () -> registry.addInstrument(
                        id,
                        registry.get(id).getVersion(),
                        new InstrumentDetails(
                                InstrumentKind.JOINT_DECLARATION,
                                PartialDate.ofYear(2026),
                                "Berlin",
                                null,
                                "Eine " + word + " für sichere Schulwege.",
                                null)));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                searcher.searchOffice(new SearchQuery(word, Map.of(), 0, 10), admin, Locale.GERMAN)
                                        .hits())
                        .extracting(SearchResults.Hit::path)
                        .containsExactly("/office/partnerships/" + id));
    }

    @Test
    void theOfficePageAnswersWithAndWithoutJavaScript() throws Exception {
        mvc.perform(get("/office/search").param("q", "Sprachkurse").with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<mark>Sprachkurse</mark>")))
                .andExpect(content().string(Matchers.containsString("<html")));
        mvc.perform(get("/office/search")
                        .param("q", "Sprachkurse")
                        .header("HX-Request", "true")
                        .with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<mark>Sprachkurse</mark>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        mvc.perform(get("/office/search").param("q", "Sprachkurse").with(user(demo("staff"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Sprachkurse kamen"))));
        mvc.perform(get("/office/search/index").with(user(demo("viewer")))).andExpect(status().isForbidden());
        mvc.perform(get("/office/search/index").with(user(demo("admin")))).andExpect(status().isOk());
    }

    @Test
    void thePublicFindsPublicContentOnly() throws Exception {
        mvc.perform(get("/de/suche").param("q", "Paris"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/de/staedtepartnerschaften/paris")));
        mvc.perform(get("/en/search").param("q", "Paris"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/en/city-partnerships/paris")));
        mvc.perform(get("/de/suche").param("q", "intensiven Fachaustausch"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("Städtepartnerschaften: Formen der Zusammenarbeit")));
        mvc.perform(get("/de/suche").param("q", "Radnetz"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Keine Treffer")));
        mvc.perform(get("/de/suche").param("q", "Sprachkurse"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Keine Treffer")));
    }
}
