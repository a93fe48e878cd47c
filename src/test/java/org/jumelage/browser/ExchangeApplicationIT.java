package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.jumelage.exchange.domain.Call;
import org.jumelage.exchange.domain.CallDetails;
import org.jumelage.exchange.domain.CallService;
import org.jumelage.exchange.domain.ProgrammeService;
import org.jumelage.people.Organisation;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An employee applies to the open EVA call (with mistakes, a draft, an incomplete submission), the supervisor releases,
 * HR checks, the office shortlists, and the applicant sees each step; a submission after the deadline is refused.
 * axe-core checks every page visited.
 */
class ExchangeApplicationIT extends BrowserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    CallService calls;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    AccountService accounts;

    @Autowired
    Organisation organisation;

    private void click(Page on, String button) {
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
    }

    private Page as(String username, String password) {
        BrowserContext other = newContext(true);
        Page on = other.newPage();
        logIn(on, username, password);
        return on;
    }

    @Test
    void anEmployeeAppliesAndEveryoneOnThePathTakesTheirStep() {
        logIn("staff", "staff-demo-2026");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1)))
                .hasText("Meine Bewerbungen");
        assertAccessible();
        page.getByRole(
                        AriaRole.LINK,
                        new GetByRoleOptions().setName("Bewerben EVA: Hospitationen in Paris, Warschau und Wien"))
                .click();
        assertAccessible();

        // A mistake first: a level without its language. The error summary names the field.
        page.getByLabel("Funktion oder Stelle").fill("Referent für Fußverkehr");
        page.getByLabel("Niveau 2", new Page.GetByLabelOptions().setExact(true)).selectOption("B2");
        click(page, "Als Entwurf speichern");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary"))
                .containsText("Sprache 2: Bitte geben Sie die Sprache zu diesem Niveau an.");
        assertAccessible();

        // Languages are chosen by their names in the page's language.
        page.getByLabel("Sprache 1", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Französisch"));
        page.getByLabel("Niveau 1", new Page.GetByLabelOptions().setExact(true)).selectOption("B2");
        page.getByLabel("Sprache 2", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Englisch"));
        click(page, "Als Entwurf speichern");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Entwurf ist gespeichert.");
        assertThat(page.locator("#application-status")).hasText("Entwurf");
        assertThat(page.locator("main")).containsText("Französisch (B2)");
        // The way an application goes, and that it stands at its first step.
        assertThat(page.locator(".application-path li")).hasCount(6);
        assertThat(page.locator(".application-path li[aria-current=step]")).containsText("Entwurf");
        assertThat(page.locator("main")).containsText("Eingereicht geht die Bewerbung an Ihre Führungskraft");
        assertAccessible();
        // The start of the exchange shows the call still open, with the draft waiting for it.
        page.navigate(url("/office/exchange/applications"));
        assertThat(page.locator(".open-call").first()).containsText("Ihre Bewerbung: Entwurf.");
        assertThat(page.locator("main")).not().containsText("keine Ausschreibung");
        page.locator(".open-call").first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#application-status")).hasText("Entwurf");

        // Submitting the incomplete draft says what is missing, on the form.
        click(page, "Einreichen");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary")).containsText("Bitte beschreiben Sie Ihre Motivation.");
        assertThat(page.locator(".error-summary"))
                .containsText("Bitte wählen Sie Ihre Vorgesetzte oder Ihren Vorgesetzten.");
        assertAccessible();

        LocalDate from = LocalDate.now(BERLIN).plusMonths(3).withDayOfMonth(1);
        page.getByLabel("Motivation").fill("Paris hat den Fußverkehr in wenigen Jahren neu geordnet.");
        page.getByLabel("Lernziele").fill("Beteiligung und Umsetzung kennenlernen.");
        page.getByLabel("1. Wunsch")
                .selectOption(new SelectOption().setLabel("Radverkehrsplanung (Plan Vélo) (Stadt Paris, 12 Wochen)"));
        page.getByLabel("Gewünschter Zeitraum ab").fill(from.toString());
        page.getByLabel("Gewünschter Zeitraum bis")
                .fill(from.plusWeeks(12).minusDays(1).toString());
        page.getByLabel("Dauer in Wochen").fill("12");
        page.getByLabel("Mitarbeiterin oder Mitarbeiter suchen").fill("Susanne");
        assertThat(page.locator("#staff-status")).hasText("1 Treffer in der Auswahl.");
        page.getByLabel("Vorgesetzte oder Vorgesetzter")
                .selectOption(new SelectOption().setLabel("Susanne Supervisor (Demo) (supervisor)"));
        click(page, "Einreichen");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Bewerbung ist eingereicht.");
        assertThat(page.locator("#application-status")).hasText("Eingereicht");
        assertThat(page.locator("#history li")).hasCount(2);
        String application = page.url().substring(page.url().indexOf("/office/"));
        assertAccessible();

        // The supervisor finds it waiting and releases the employee.
        Page supervisor = as("supervisor", "supervisor-demo-2026");
        visit(supervisor, "/office/exchange/approvals");
        supervisor
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stefan Staff (Demo)"))
                .click();
        assertAccessible(supervisor);
        click(supervisor, "Freigeben");
        assertThat(supervisor.getByRole(AriaRole.STATUS)).containsText("Ihre Entscheidung ist gespeichert");
        assertAccessible(supervisor);

        visit(application);
        assertThat(page.locator("#application-status")).hasText("Von der Führungskraft freigegeben");
        assertThat(page.locator("#history")).containsText("Susanne Supervisor (Demo)");

        // HR of the unit checks.
        Page hr = as("hr", "hr-demo-2026");
        assertThat(hr.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Zu entscheiden");
        assertAccessible(hr);
        hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stefan Staff (Demo)"))
                .click();
        click(hr, "Als geprüft bestätigen");
        assertThat(hr.getByRole(AriaRole.STATUS)).containsText("Ihre Entscheidung ist gespeichert");

        // The office sees the call's pipeline, then shortlists.
        Page office = as("admin", "admin-demo-2026");
        visit(office, "/office/exchange/calls");
        office.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Übersicht EVA: Hospitationen in Paris, Warschau und Wien"))
                .click();
        assertAccessible(office);
        assertThat(office.locator("#pipeline")).containsText("Von der Personalstelle geprüft");
        assertThat(office.locator("#pending")).containsText("Stefan Staff (Demo)");
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stefan Staff (Demo)"))
                .click();
        click(office, "In die engere Wahl nehmen");
        assertThat(office.getByRole(AriaRole.STATUS)).containsText("Ihre Entscheidung ist gespeichert");
        assertAccessible(office);

        visit(application);
        assertThat(page.locator("#application-status")).hasText("In der engeren Wahl");
        assertThat(page.locator("#history li")).hasCount(5);
        assertThat(page.locator("#history")).containsText("Hanna HR (Demo)");
        assertThat(page.locator("#history")).containsText("Anna Admin (Demo)");
        visit("/office/exchange/applications");
        assertThat(page.locator("tbody")).containsText("In der engeren Wahl");
    }

    @Test
    void aSubmissionAfterTheDeadlineIsRefusedWithAClearMessage() {
        Call call = lateCall();
        logIn("staff", "staff-demo-2026");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Bewerben Kurzfristige Hospitation"))
                .click();
        page.getByLabel("Funktion oder Stelle").fill("Referent");
        click(page, "Als Entwurf speichern");
        assertThat(page.locator("#application-status")).hasText("Entwurf");

        // Meanwhile the deadline passes (the office moves it to a minute ago).
        closeNow(call);
        click(page, "Einreichen");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Die Bewerbungsfrist ist am");
        assertThat(page.getByRole(AriaRole.ALERT))
                // The deadline written as people write it; Berlin's zone, the reader's own, is not named.
                .containsText(
                        java.util.regex.Pattern.compile(
                                "am \\d{1,2}\\. [^ ]+ \\d{4}, \\d{2}:\\d{2} Uhr abgelaufen\\. Die Bewerbung kann nicht mehr eingereicht werden\\."));
        assertThat(page.locator("#application-status")).hasText("Entwurf");
        assertAccessible();
    }

    private void signInAdmin() {
        var admin = accounts.loadUser("admin").orElseThrow();
        admin.eraseCredentials();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    private Call lateCall() {
        signInAdmin();
        try {
            long eva = programmes.all().stream()
                    .filter(p -> p.getCode().equals("EVA"))
                    .findFirst()
                    .orElseThrow()
                    .getId();
            LocalDate staysFrom = LocalDate.now(BERLIN).plusMonths(2);
            return calls.create(details(
                    eva, LocalDateTime.now(BERLIN).plusDays(2).withSecond(0).withNano(0), staysFrom));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void closeNow(Call call) {
        signInAdmin();
        try {
            Call current = calls.get(call.getId());
            calls.edit(
                    call.getId(),
                    current.getVersion(),
                    details(
                            current.getProgrammeId(),
                            LocalDateTime.now(BERLIN)
                                    .minusMinutes(1)
                                    .withSecond(0)
                                    .withNano(0),
                            current.getStaysFrom()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private CallDetails details(long programme, LocalDateTime closes, LocalDate staysFrom) {
        return new CallDetails(
                programme,
                "Kurzfristige Hospitation",
                "Short-notice work-shadowing",
                LocalDateTime.now(BERLIN).minusDays(3).withSecond(0).withNano(0),
                closes,
                BERLIN,
                staysFrom,
                staysFrom.plusMonths(3),
                4,
                8,
                12,
                Set.of(organisation.unitByCode("SENUVK").orElseThrow().id()),
                Set.of("fr"));
    }
}
