package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * The office scores the last shortlisted application of the demo's call in allocation, proposes, overrides one
 * assignment (a reason is required), and publishes; the applicant then sees what they got and why, in German and in
 * English, at a desktop's and a phone's width. The office records a quota and publishes another call's rubric in
 * English. axe-core checks every page visited.
 */
class ExchangeAllocationIT extends BrowserTest {

    private static final String CALL = "EVA: Hospitationen im Frühjahr (Vergabe)";

    private static void click(Page on, String button) {
        on.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(button)).click();
    }

    private static void link(Page on, String name) {
        on.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    @Test
    void theOfficeScoresAllocatesOverridesAndPublishesAndTheApplicantSeesWhy() {
        logIn("admin", "admin-demo-2026");
        visit("/office/exchange/calls");
        link(page, "Vergabe " + CALL);
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1)))
                .hasText("Vergabe: " + CALL);
        assertThat(page.locator("#scoring-progress")).containsText("noch ohne alle Bewertungen: 1");
        assertAccessible();

        // Not before every shortlisted application is scored.
        click(page, "Vergabe vorschlagen");
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("1 Bewerbung(en) der engeren Wahl brauchen noch ihre Bewertungen.");

        // The office scores Stefan Staff's application under the published rubric.
        link(page, "Bewerten: Stefan Staff (Demo)");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1)))
                .hasText("Bewertung: Stefan Staff (Demo)");
        assertAccessible();
        page.getByLabel("Motivation (Gewicht 3)").selectOption("4");
        page.getByLabel("Lernziele (Gewicht 3)").selectOption("3");
        page.getByLabel("Sprachkenntnisse (Gewicht 2)").selectOption("4");
        page.getByLabel("Erste Teilnahme (Gewicht 1)").selectOption("5");
        page.getByLabel("Transfer in die Arbeit (Gewicht 1)").selectOption("3");
        page.getByLabel("Anmerkung").fill("Klare Lernziele, gute Sprachkenntnisse.");
        click(page, "Bewertung speichern");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Bewertung ist gespeichert.");
        assertThat(page.locator("#shortlist")).containsText("37,00");

        // The proposal: in order of score, each with the choice they got.
        click(page, "Vergabe vorschlagen");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Vorschlag ist berechnet.");
        assertThat(page.locator("#allocation-status")).hasText("Vorgeschlagen");
        assertThat(page.locator("#entries tbody tr")).hasCount(4);
        assertThat(page.locator("#entries tbody tr").nth(0)).containsText("Erik Editor (Demo)");
        assertThat(page.locator("#entries tbody tr").nth(0)).containsText("Digitale Bürgerdienste");
        assertThat(page.locator("#entries tbody tr").nth(1))
                .containsText("Hitzeschutz in der Stadt – Stadt Warschau (3. Wunsch)");
        assertAccessible();

        // An override needs its reason; with it, the entry is changed and marked.
        link(page, "Susanne Supervisor (Demo) (Zuteilung)");
        assertThat(page.locator(".choice-outcomes")).containsText("Zugeteilt.");
        assertAccessible();
        page.getByLabel("Platz").selectOption(new SelectOption().setLabel("Kein Platz"));
        click(page, "Zuteilung ändern");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte geben Sie den Grund der Änderung an.");
        assertThat(page.locator("#entry-placement")).containsText("Gemeindebau und Sanierung");
        assertAccessible();
        page.getByLabel("Grund").fill("Laut Personalstelle dienstlich unabkömmlich.");
        click(page, "Zuteilung ändern");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Zuteilung ist geändert");
        assertThat(page.locator("#entries tbody tr").nth(3)).containsText("Kein Platz");
        assertThat(page.locator("#entries tbody tr").nth(3)).containsText("Vom Referat geändert");
        assertThat(page.locator("#allocation-facts")).containsText("3 von 4 Bewerbungen");

        click(page, "Vergabe veröffentlichen");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Vergabe ist veröffentlicht");
        assertThat(page.locator("#allocation-status")).hasText("Veröffentlicht");
        assertAccessible();

        // Stefan Staff sees his outcome and, choice by choice, why; nobody else is named.
        BrowserContext applicantContext = newContext(true);
        Page applicant = applicantContext.newPage();
        logIn(applicant, "staff", "staff-demo-2026");
        visit(applicant, "/office/exchange/applications");
        applicant.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(CALL)).click();
        assertThat(applicant.locator("#application-status")).hasText("Platz vergeben");
        assertThat(applicant.locator("#outcome-summary"))
                .hasText("Sie haben Ihren 3. Wunsch erhalten: Hitzeschutz in der Stadt – Stadt Warschau.");
        assertThat(applicant.locator(".choice-outcomes li")).hasCount(3);
        assertThat(applicant.locator(".choice-outcomes li").nth(0))
                .containsText("Die Plätze gingen an Bewerbungen mit höherer Punktzahl.");
        assertThat(applicant.locator(".choice-outcomes li").nth(1))
                .containsText("Nicht möglich: Der Platz verlangt Deutsch mindestens auf Niveau C1.");
        assertThat(applicant.locator(".choice-outcomes li").nth(2)).containsText("Zugeteilt.");
        assertThat(applicant.locator("main")).not().containsText("Erik Editor");
        assertAccessible(applicant);

        // The same in English, at a phone's width.
        applicant
                .getByRole(AriaRole.LINK, new GetByRoleOptions().setName("English"))
                .click();
        applicant.setViewportSize(390, 844);
        assertThat(applicant.locator("#outcome-summary"))
                .hasText("You got your choice 3: Heat protection in the city – City of Warsaw.");
        assertThat(applicant.locator(".choice-outcomes li").nth(1))
                .containsText("Not possible: the placement requires German at level C1 or above.");
        assertAccessible(applicant);
        assertNoSidewaysScrolling(applicant);
        applicantContext.close();
    }

    @Test
    void theOfficeRecordsAQuotaAndPublishesARubricInEnglish() {
        logIn("admin", "admin-demo-2026");
        visit("/office/exchange/quotas?lang=en");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1)))
                .hasText("Quotas of partner administrations");
        page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true)).fill("2031");
        page.getByLabel("Places in the year").fill("3");
        click(page, "Record quota");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary")).containsText("Please choose a partner city's administration.");
        assertAccessible();
        page.getByLabel("Partner administration").selectOption(new SelectOption().setLabel("City of Warsaw"));
        click(page, "Record quota");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The quota is saved.");
        assertThat(page.locator("#quotas")).containsText("City of Warsaw");
        assertThat(page.getByLabel("Places: City of Warsaw, 2031")).hasValue("3");
        // The same administration and year again: refused, nothing added.
        page.getByLabel("Partner administration").selectOption(new SelectOption().setLabel("City of Warsaw"));
        page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true)).fill("2031");
        page.getByLabel("Places in the year").fill("5");
        click(page, "Record quota");
        assertThat(page.locator(".error-summary")).containsText("A quota for this administration and year");
        assertAccessible();

        // The open call's rubric, before anyone scores.
        visit("/office/exchange/calls");
        link(page, "Allocation EVA: work-shadowing in Paris, Warsaw and Vienna");
        assertThat(page.locator("main")).containsText("The call is still open");
        page.getByLabel("Languages", new Page.GetByLabelOptions().setExact(true))
                .fill("6");
        click(page, "Publish rubric");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please give each criterion a weight from 0 to 5.");
        page.getByLabel("Languages", new Page.GetByLabelOptions().setExact(true))
                .fill("4");
        page.getByLabel("Two people score each application").check();
        click(page, "Publish rubric");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The scoring rubric is saved.");
        assertThat(page.getByLabel("Languages", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("4");
        assertThat(page.getByLabel("Two people score each application")).isChecked();
        assertAccessible();
    }
}
