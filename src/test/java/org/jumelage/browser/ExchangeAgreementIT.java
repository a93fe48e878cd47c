package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The training agreement of the demo's stay in Paris: Paris's coordinator approves it for the receiving
 * administration (it is then in force), the office changes it (a mistake first), which makes version 2 waiting for
 * every approval again while version 1 stays readable; the participant sees it from their application, in English.
 * axe-core checks every page visited.
 */
class ExchangeAgreementIT extends BrowserTest {

    private static void click(Page on, String button) {
        on.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(button)).click();
    }

    @Test
    void thePartnerCoordinatorApprovesAndAChangeMakesANewVersion() {
        logIn("paris", "paris-demo-2026");
        visit("/office/exchange/stays");
        page.getByRole(
                        AriaRole.LINK,
                        new GetByRoleOptions().setName("Erik Editor (Demo)").setExact(true))
                .click();
        assertThat(page.locator("#agreement-state")).hasText("Version 1 wartet auf Bestätigungen.");
        assertThat(page.locator(".agreement-approvals [data-party=RECEIVING]"))
                .hasText("Aufnehmende Verwaltung: noch nicht bestätigt");
        // The coordinator approves for the receiving side only, and writes nothing.
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new GetByRoleOptions().setName("Als Teilnehmerin oder Teilnehmer bestätigen")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Lernvereinbarung ändern")))
                .hasCount(0);
        assertAccessible();
        click(page, "Für die aufnehmende Verwaltung bestätigen");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre Bestätigung ist gespeichert.");
        assertThat(page.locator("#agreement-state")).hasText("Version 1 gilt: Alle drei Parteien haben sie bestätigt.");
        assertThat(page.locator(".agreement-approvals [data-party=RECEIVING]"))
                .containsText("bestätigt von Pauline Paris (Demo)");
        String stay = page.url().substring(page.url().indexOf("/office/"));
        assertAccessible();

        // The office changes the agreement: a mistake first, then version 2.
        BrowserContext officeContext = newContext(true);
        Page office = officeContext.newPage();
        logIn(office, "admin", "admin-demo-2026");
        visit(office, stay);
        office.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Lernvereinbarung ändern"))
                .click();
        assertAccessible(office);
        office.getByLabel("Ziele der Hospitation").fill("");
        click(office, "Lernvereinbarung speichern");
        assertThat(office.locator(".error-summary")).isFocused();
        assertThat(office.locator(".error-summary")).containsText("Bitte füllen Sie diesen Teil aus.");
        assertAccessible(office);
        office.getByLabel("Ziele der Hospitation")
                .fill("Organisation der Straßenreinigung und der Wertstoffhöfe kennenlernen.");
        click(office, "Lernvereinbarung speichern");
        assertThat(office.getByRole(AriaRole.STATUS)).containsText("Die Lernvereinbarung ist gespeichert.");
        assertThat(office.locator("#agreement-state")).hasText("Version 2 wartet auf Bestätigungen.");
        assertThat(office.locator("#agreement-versions li")).hasCount(2);
        assertThat(office.locator("#agreement-versions li").nth(1)).containsText("von allen bestätigt");
        office.locator("#agreement-versions li").nth(1).getByRole(AriaRole.LINK).click();
        assertThat(office.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1)))
                .hasText("Lernvereinbarung, Version 1: Erik Editor (Demo)");
        assertThat(office.locator(".agreement-terms"))
                .containsText("Organisation der Straßenreinigung und der Sammlung");
        assertAccessible(office);
        officeContext.close();

        // The participant reaches it from their application and approves version 2, in English.
        BrowserContext participantContext = newContext(true);
        Page participant = participantContext.newPage();
        logIn(participant, "editor", "editor-demo-2026");
        visit(participant, "/office/exchange/applications?lang=en");
        participant
                .getByRole(AriaRole.LINK, new GetByRoleOptions().setName("EVA: winter work-shadowing"))
                .click();
        participant
                .getByRole(AriaRole.LINK, new GetByRoleOptions().setName("The stay and its training agreement"))
                .click();
        assertThat(participant.locator("#agreement-state")).hasText("Version 2 awaits approvals.");
        assertAccessible(participant);
        click(participant, "Approve as the participant");
        assertThat(participant.getByRole(AriaRole.STATUS)).containsText("Your approval is saved.");
        assertThat(participant.locator(".agreement-approvals [data-party=PARTICIPANT]"))
                .containsText("approved by Erik Editor (Demo)");
        assertAccessible(participant);
        participantContext.close();
    }
}
