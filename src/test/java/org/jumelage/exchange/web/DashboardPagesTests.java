package org.jumelage.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.domain.Call;
import org.jumelage.exchange.domain.CallDashboard;
import org.jumelage.exchange.domain.ExchangeRows;
import org.jumelage.exchange.domain.ExchangeStatistics;
import org.jumelage.exchange.domain.Programme;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.StaffDirectory;
import org.jumelage.people.domain.AccountService;
import org.jumelage.testing.Signed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A call's dashboard at the size of a real call: the waiting applications and the statistics come a page at a time,
 * the statistics are kept until the exchange changes, and all their rows can be downloaded by the office only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DashboardPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    ExchangeStatistics statistics;

    private JumelageUser admin;

    private Call call;

    /** 25 applications waiting for the office. */
    @BeforeEach
    void setUp() throws Exception {
        admin = accounts.loadUser("admin").orElseThrow();
        admin.eraseCredentials();
        long supervisor = accounts.staffMember("supervisor").orElseThrow().accountId();
        ExchangeRows rows = ExchangeRows.of(context);
        call = Signed.in(admin, () -> {
            Programme programme = rows.programme(ExchangeRows.unique("Programm"));
            Call made = rows.call(programme, ExchangeRows.unique("Übersicht"));
            rows.placements(made, 1);
            for (int i = 0; i < 25; i++) {
                StaffDirectory.StaffMember applicant = rows.applicant("Wartende");
                rows.application(made, applicant, supervisor, ApplicationStatus.CHECKED);
            }
            return made;
        });
    }

    private MvcTestResult dashboard(String query) {
        return mvc.get()
                .uri("/office/exchange/calls/" + call.getId() + "/dashboard" + query)
                .with(user(admin))
                .exchange();
    }

    @Test
    void theWaitingApplicationsComeTwentyAtATime() throws Exception {
        MvcTestResult first = dashboard("");
        assertThat(first).hasStatusOk();
        String body = first.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String pending = body.substring(
                body.indexOf("id=\"pending\""), body.indexOf("</table>", body.indexOf("id=\"pending\"")));
        assertThat(pending.split("<tr>").length - 2).isEqualTo(CallDashboard.PENDING_PAGE);
        assertThat(body)
                .contains("25 Bewerbungen warten auf eine Entscheidung.")
                .contains("aria-label=\"Seiten der offenen Entscheidungen\"")
                .contains("pending=1");

        String second =
                dashboard("?pending=1").getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String rest = second.substring(
                second.indexOf("id=\"pending\""), second.indexOf("</table>", second.indexOf("id=\"pending\"")));
        assertThat(rest.split("<tr>").length - 2).isEqualTo(5);
    }

    @Test
    void theStatisticsAreKeptUntilTheExchangeChangesAndDownloadedWhole() throws Exception {
        List<ExchangeStatistics.Row> counted = Signed.in(admin, () -> statistics.forOffice(call.getId()));
        assertThat(counted.stream().mapToInt(ExchangeStatistics.Row::people).sum())
                .isEqualTo(25);
        assertThat(Signed.in(admin, () -> statistics.forOffice(call.getId())))
                .as("kept while nothing changes")
                .isSameAs(counted);

        MvcTestResult csv = mvc.get()
                .uri("/office/exchange/calls/" + call.getId() + "/statistics.csv")
                .with(user(admin))
                .exchange();
        assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        String text = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.lines().toList())
                .first()
                .isEqualTo("Richtung,Jahr,Berliner Verwaltung,Partnerstadt,Dauer in Wochen,Ergebnis,Personen");
        assertThat(text.lines()
                        .skip(1)
                        .mapToInt(line -> Integer.parseInt(line.substring(line.lastIndexOf(',') + 1)))
                        .sum())
                .as("every application counted once")
                .isEqualTo(25);

        // A new application moves the exchange's change counter: counted again.
        Signed.in(
                admin,
                () -> ExchangeRows.of(context)
                        .application(
                                call,
                                ExchangeRows.of(context).applicant("Späte"),
                                accounts.staffMember("supervisor").orElseThrow().accountId(),
                                ApplicationStatus.SUBMITTED));
        List<ExchangeStatistics.Row> again = Signed.in(admin, () -> statistics.forOffice(call.getId()));
        assertThat(again).isNotSameAs(counted);
        assertThat(again.stream().mapToInt(ExchangeStatistics.Row::people).sum())
                .isEqualTo(26);
    }

    @Test
    void theCallsListNamesFiveEligibleUnitsOfACallAndCountsTheRest() throws Exception {
        ExchangeRows rows = ExchangeRows.of(context);
        java.util.List<Long> eight = rows.berlinUnits().subList(0, 8);
        String title = ExchangeRows.unique("Viele Stellen");
        Signed.in(admin, () -> {
            java.time.LocalDate from = call.getStaysFrom();
            return context.getBean(org.jumelage.exchange.domain.CallService.class)
                    .create(new org.jumelage.exchange.domain.CallDetails(
                            call.getProgrammeId(),
                            title,
                            title,
                            java.time.LocalDate.now().minusDays(1).atTime(9, 0),
                            java.time.LocalDate.now().plusDays(30).atTime(23, 59),
                            java.time.ZoneId.of("Europe/Berlin"),
                            from,
                            from.plusMonths(8).minusDays(1),
                            2,
                            12,
                            24,
                            new java.util.LinkedHashSet<>(eight),
                            java.util.Set.of("fr")));
        });

        String body = mvc.get()
                .uri("/office/exchange/calls")
                .with(user(admin))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String row = body.substring(body.indexOf(title), body.indexOf("</tr>", body.indexOf(title)));
        assertThat(row).contains("und 3 weitere");
        // The five named are the first five of the eight in alphabetical order.
        var organisation = context.getBean(org.jumelage.people.Organisation.class);
        java.text.Collator german = java.text.Collator.getInstance(java.util.Locale.GERMAN);
        java.util.List<String> names = eight.stream()
                .map(id -> organisation.unitsById().get(id).name(java.util.Locale.GERMAN))
                .sorted(german)
                .toList();
        int at = 0;
        for (String name : names.subList(0, 5)) {
            String shown = org.springframework.web.util.HtmlUtils.htmlEscape(name, "UTF-8");
            assertThat(row.indexOf(shown, at)).as(name).isGreaterThanOrEqualTo(at);
            at = row.indexOf(shown, at) + shown.length();
        }
        for (String name : names.subList(5, 8)) {
            assertThat(row)
                    .doesNotContain(">" + org.springframework.web.util.HtmlUtils.htmlEscape(name, "UTF-8") + "<");
        }
    }

    @Test
    void thePlacementsTotalIsKeptUntilTheExchangeChanges() throws Exception {
        var placements = context.getBean(org.jumelage.exchange.domain.PlacementService.class);
        long ofCall =
                Signed.in(admin, () -> placements.visiblePage(call.getId(), 0)).getTotalElements();
        long all = Signed.in(admin, () -> placements.visiblePage(null, 0)).getTotalElements();
        assertThat(Signed.in(
                        admin, () -> placements.visiblePage(call.getId(), 0).getContent()))
                .hasSize((int) Math.min(ofCall, org.jumelage.exchange.domain.PlacementService.PAGE_SIZE))
                .allMatch(p -> p.getCallId() == call.getId());

        Signed.in(
                admin,
                () -> ExchangeRows.of(context)
                        .placement(call, ExchangeRows.of(context).berlinUnits().getFirst(), "Noch eine Stelle"));

        assertThat(Signed.in(admin, () -> placements.visiblePage(call.getId(), 0))
                        .getTotalElements())
                .isEqualTo(ofCall + 1);
        assertThat(Signed.in(admin, () -> placements.visiblePage(null, 0)).getTotalElements())
                .isEqualTo(all + 1);
    }

    @Test
    void onlyTheOfficeDownloadsTheStatistics() {
        JumelageUser staff = accounts.loadUser("staff").orElseThrow();
        staff.eraseCredentials();
        assertThat(mvc.get()
                        .uri("/office/exchange/calls/" + call.getId() + "/statistics.csv")
                        .with(user(staff))
                        .exchange())
                .hasStatus(403);
    }
}
