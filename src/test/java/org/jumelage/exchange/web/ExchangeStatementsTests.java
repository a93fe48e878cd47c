package org.jumelage.exchange.web;

import static org.jumelage.testing.ListPageStatements.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.domain.Call;
import org.jumelage.exchange.domain.ExchangeRows;
import org.jumelage.exchange.domain.Placement;
import org.jumelage.exchange.domain.Programme;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.StaffDirectory;
import org.jumelage.people.domain.AccountService;
import org.jumelage.testing.ListPageStatements;
import org.jumelage.testing.Signed;
import org.jumelage.testing.StatementCountTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The staff exchange's lists and a call's dashboard run as many SQL statements for three times the rows. */
@StatementCountTest
class ExchangeStatementsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationContext context;

    private ExchangeRows rows;

    private JumelageUser admin;

    @BeforeEach
    void setUp() {
        rows = ExchangeRows.of(context);
        admin = demo("admin");
    }

    private JumelageUser demo(String username) {
        JumelageUser user = accounts.loadUser(username).orElseThrow();
        user.eraseCredentials();
        return user;
    }

    private long accountOf(String username) {
        return demo(username).accountId();
    }

    private static Predicate<String> startsWith(String... prefixes) {
        return marker -> java.util.Arrays.stream(prefixes).anyMatch(marker::startsWith);
    }

    @Test
    void theProgrammes() throws Exception {
        ListPageStatements.check(
                mvc,
                count -> Signed.in(admin, () -> rows.programmes(count)),
                page(
                        "/office/exchange/programmes",
                        () -> get("/office/exchange/programmes").with(user(admin))));
    }

    @Test
    void theCallsAndTheOpenCallsOfAnEmployee() throws Exception {
        Programme programme = Signed.in(admin, () -> rows.programme(ExchangeRows.unique("Programm")));
        ListPageStatements.check(
                mvc,
                count -> Signed.in(admin, () -> rows.calls(programme, count)),
                page(
                        "/office/exchange/calls",
                        () -> get("/office/exchange/calls").with(user(admin))),
                page(
                        "/office/exchange/applications (staff: open calls)",
                        () -> get("/office/exchange/applications").with(user(demo("staff")))));
    }

    @Test
    void thePlacementsAndTheirCallsDashboard() throws Exception {
        Call call = Signed.in(admin, () -> rows.call(rows.programme(ExchangeRows.unique("Programm")), "Plätze"));
        ListPageStatements.check(
                mvc,
                count -> Signed.in(admin, () -> rows.placements(call, count)),
                page(
                        "/office/exchange/placements",
                        () -> get("/office/exchange/placements").with(user(admin))),
                page(
                        "/office/exchange/placements?call",
                        () -> get("/office/exchange/placements")
                                .param("call", String.valueOf(call.getId()))
                                .with(user(admin))),
                page(
                        "/office/exchange/placements (Paris's coordinator)",
                        startsWith("Paris", "Berlin"),
                        () -> get("/office/exchange/placements").with(user(demo("paris")))),
                page(
                        "/office/exchange/placements (staff)",
                        () -> get("/office/exchange/placements").with(user(demo("staff")))),
                page(
                        "/office/exchange/calls/{id}/dashboard",
                        () -> get("/office/exchange/calls/" + call.getId() + "/dashboard")
                                .with(user(admin))));
    }

    @Test
    void theApprovalsOfEachApproverAndTheDashboards() throws Exception {
        long supervisor = accountOf("supervisor");
        List<Call> calls = Signed.in(admin, () -> {
            Programme programme = rows.programme(ExchangeRows.unique("Programm"));
            List<Call> made = new ArrayList<>();
            for (String title : List.of("Eingereicht", "Freigegeben", "Geprüft")) {
                Call call = rows.call(programme, ExchangeRows.unique(title));
                rows.placements(call, 1);
                made.add(call);
            }
            return made;
        });
        List<ApplicationStatus> statuses =
                List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RELEASED, ApplicationStatus.CHECKED);
        ListPageStatements.check(
                mvc,
                count -> Signed.in(admin, () -> {
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        StaffDirectory.StaffMember applicant = rows.applicant("Bewerberin");
                        for (int c = 0; c < calls.size(); c++) {
                            rows.application(calls.get(c), applicant, supervisor, statuses.get(c));
                        }
                        names.add(applicant.displayName());
                    }
                    return names;
                }),
                page(
                        "/office/exchange/approvals (supervisor)",
                        () -> get("/office/exchange/approvals").with(user(demo("supervisor")))),
                page(
                        "/office/exchange/approvals (HR)",
                        () -> get("/office/exchange/approvals").with(user(demo("hr")))),
                page(
                        "/office/exchange/approvals (administrator)",
                        () -> get("/office/exchange/approvals").with(user(admin))),
                page(
                        "/office/exchange/calls/{submitted}/dashboard",
                        () -> get("/office/exchange/calls/" + calls.get(0).getId() + "/dashboard")
                                .with(user(admin))),
                page(
                        "/office/exchange/calls/{checked}/dashboard",
                        () -> get("/office/exchange/calls/" + calls.get(2).getId() + "/dashboard")
                                .with(user(admin))));
    }

    @Autowired
    org.jumelage.exchange.domain.ScoringService scoring;

    @Autowired
    org.jumelage.exchange.domain.AllocationService allocations;

    @Autowired
    org.jumelage.exchange.domain.CallService callService;

    /**
     * The allocation of a closed call: the scored shortlist, the proposal's entries with their choices and placements,
     * and an entry's and an applicant's pages (rows: shortlisted applications, each scored, proposed again each time).
     */
    @Test
    void theAllocationOfAClosedCall() throws Exception {
        long supervisor = accountOf("supervisor");
        Call call = Signed.in(admin, () -> {
            Call open = rows.call(rows.programme(ExchangeRows.unique("Programm")), ExchangeRows.unique("Vergabe"));
            rows.placements(open, 3);
            // Closed yesterday: only then does the office allocate.
            java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
            java.time.LocalDateTime now = java.time.LocalDateTime.now(berlin).withNano(0);
            callService.edit(
                    open.getId(),
                    open.getVersion(),
                    new org.jumelage.exchange.domain.CallDetails(
                            open.getProgrammeId(),
                            open.getTitleDe(),
                            open.getTitleEn(),
                            now.minusDays(30),
                            now.minusDays(1),
                            berlin,
                            open.getStaysFrom(),
                            open.getStaysTo(),
                            open.getMinWeeks(),
                            open.getMaxWeeks(),
                            open.getRetentionMonths(),
                            open.getEligibleUnitIds(),
                            open.getLanguages()));
            return callService.get(open.getId());
        });
        // One application to score before the rows: the scorecard page's own.
        long scored = Signed.in(
                admin,
                () -> rows.application(call, rows.applicant("Bewertet"), supervisor, ApplicationStatus.SHORTLISTED)
                        .getId());
        java.util.List<Long> shortlisted = new ArrayList<>(List.of(scored));
        ListPageStatements.check(
                mvc,
                count -> Signed.in(admin, () -> {
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        StaffDirectory.StaffMember applicant = rows.applicant("Zuteilung");
                        shortlisted.add(rows.application(call, applicant, supervisor, ApplicationStatus.SHORTLISTED)
                                .getId());
                        names.add(applicant.displayName());
                    }
                    for (long application : shortlisted) {
                        if (!scoring.scorecards(application).isEmpty()) {
                            continue;
                        }
                        scoring.score(
                                application,
                                null,
                                java.util.Map.of(
                                        org.jumelage.exchange.Criterion.MOTIVATION, (int) (application % 6),
                                        org.jumelage.exchange.Criterion.OBJECTIVES, 3,
                                        org.jumelage.exchange.Criterion.LANGUAGES, 2,
                                        org.jumelage.exchange.Criterion.FIRST_PARTICIPATION, 5,
                                        org.jumelage.exchange.Criterion.TRANSFER, 1),
                                null);
                    }
                    allocations.propose(call.getId());
                    return names;
                }),
                page(
                        "/office/exchange/calls/{id}/allocation",
                        () -> get("/office/exchange/calls/" + call.getId() + "/allocation")
                                .with(user(admin))),
                ListPageStatements.unnamedRows(
                        "/office/exchange/applications/{id}/score",
                        () -> get("/office/exchange/applications/" + scored + "/score")
                                .with(user(admin))));
    }

    @Test
    void anEmployeesOwnApplications() throws Exception {
        long supervisor = accountOf("supervisor");
        StaffDirectory.StaffMember staff = accounts.staffMember("staff").orElseThrow();
        Programme programme = Signed.in(admin, () -> rows.programme(ExchangeRows.unique("Programm")));
        ListPageStatements.check(
                mvc,
                count -> Signed.in(admin, () -> {
                    // One application per person and call: a call for each of the employee's applications.
                    List<String> titles = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        String title = ExchangeRows.unique("Eigene");
                        Call call = rows.call(programme, title);
                        rows.placements(call, 1);
                        rows.application(call, staff, supervisor, ApplicationStatus.SUBMITTED);
                        titles.add(title);
                    }
                    return titles;
                }),
                page(
                        "/office/exchange/applications (staff)",
                        () -> get("/office/exchange/applications").with(user(demo("staff")))));
    }

    @Test
    void theNominationsAndStaysOfTheOfficeOfAPartnerCityAndOfAHostUnit() throws Exception {
        long supervisor = accountOf("supervisor");
        long warsaw = rows.unit("WAW");
        List<Long> others =
                rows.administrations().stream().filter(id -> id != warsaw).toList();
        // Every other hosting offer at the editor's unit, whose editors see its nominations and guests' stays.
        long editors = rows.unit("SENUVK");
        List<Long> berlin =
                rows.berlinUnits().stream().filter(id -> id != editors).toList();
        Set<String> atEditorsUnit = new HashSet<>();
        Call call = Signed.in(admin, () -> rows.call(rows.programme(ExchangeRows.unique("Programm")), "Gäste"));
        ListPageStatements.check(
                mvc,
                count -> Signed.in(admin, () -> {
                    List<String> markers = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        String offer = ExchangeRows.unique("Angebot");
                        boolean editorsOffer = i % 2 == 0;
                        Placement hosting =
                                rows.placement(call, editorsOffer ? editors : berlin.get(i % berlin.size()), offer);
                        String guest = ExchangeRows.unique("Gast Warschau");
                        rows.nomination(hosting, warsaw, guest, true);
                        String other = ExchangeRows.unique("Gast Andere");
                        rows.nomination(hosting, others.get(i % others.size()), other, false);
                        if (editorsOffer) {
                            atEditorsUnit.addAll(List.of(guest, other));
                        }
                        String place = ExchangeRows.unique("Platz Warschau");
                        Placement abroad = rows.placement(call, warsaw, place);
                        StaffDirectory.StaffMember traveller = rows.applicant("Reisende Warschau");
                        rows.placed(call, traveller, supervisor, abroad);
                        markers.addAll(List.of(offer, guest, other, place, traveller.displayName()));
                    }
                    return markers;
                }),
                page(
                        "/office/exchange/nominations (editor of the host unit)",
                        atEditorsUnit::contains,
                        () -> get("/office/exchange/nominations").with(user(demo("editor")))),
                page(
                        "/office/exchange/stays (editor of the host unit)",
                        marker -> atEditorsUnit.contains(marker) && marker.startsWith("Gast Warschau"),
                        () -> get("/office/exchange/stays").with(user(demo("editor")))),
                page(
                        "/office/exchange/nominations",
                        startsWith("Gast"),
                        () -> get("/office/exchange/nominations").with(user(admin))),
                page(
                        "/office/exchange/nominations (Warsaw's coordinator)",
                        startsWith("Gast Warschau"),
                        () -> get("/office/exchange/nominations").with(user(demo("warsaw")))),
                page(
                        "/office/exchange/stays",
                        startsWith("Gast Warschau", "Reisende Warschau"),
                        () -> get("/office/exchange/stays").with(user(admin))),
                page(
                        "/office/exchange/stays (Warsaw's coordinator)",
                        startsWith("Gast Warschau", "Reisende Warschau"),
                        () -> get("/office/exchange/stays").with(user(demo("warsaw")))),
                page(
                        "/office/exchange/placements?call (Warsaw's coordinator)",
                        startsWith("Angebot", "Platz Warschau"),
                        () -> get("/office/exchange/placements")
                                .param("call", String.valueOf(call.getId()))
                                .with(user(demo("warsaw")))),
                page(
                        "/office/exchange/calls/{id}/dashboard (nominations, stays)",
                        startsWith("Angebot", "Platz Warschau"),
                        () -> get("/office/exchange/calls/" + call.getId() + "/dashboard")
                                .with(user(admin))));
    }
}
