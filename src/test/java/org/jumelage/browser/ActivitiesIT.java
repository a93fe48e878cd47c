package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The office plans an incoming delegation from Warsaw with five members and a two-day programme, marks it held,
 * records what it learned and publishes it; the public then finds it in the review, on Warsaw's page and in Warsaw's
 * calendar feed.
 */
class ActivitiesIT extends BrowserTest {

    private static final String TITLE = "Delegation aus Warschau: Wasserwirtschaft";

    private void add(String summary) {
        page.locator("summary", new Page.LocatorOptions().setHasText(summary)).click();
    }

    @Test
    void anIncomingDelegationFromWarsawIsPlannedHeldRecordedAndPublished() {
        LocalDate first = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(20);
        LocalDate second = first.plusDays(1);
        logIn("editor", "editor-demo-2026");
        page.getByRole(
                        AriaRole.LINK,
                        new GetByRoleOptions().setName("Aktivitäten").setExact(true))
                .first()
                .click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Neue Aktivität"))
                .click();
        assertAccessible();

        // A mistake first: the last day before the first.
        page.getByLabel("Titel (Deutsch)").fill(TITLE);
        page.getByLabel("Titel (Englisch)").fill("Delegation from Warsaw: water management");
        page.getByLabel("Erster Tag").fill(second.toString());
        page.getByLabel("Letzter Tag").fill(first.toString());
        page.getByLabel("Warschau", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Wasser und Abfall").check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary")).containsText("Das Ende liegt vor dem Beginn.");
        assertAccessible();
        assertThat(page.getByLabel("Titel (Deutsch)")).hasValue(TITLE);
        assertThat(page.getByLabel("Warschau", new Page.GetByLabelOptions().setExact(true)))
                .isChecked();

        page.getByLabel("Erster Tag").fill(first.toString());
        page.getByLabel("Letzter Tag").fill(second.toString());
        page.getByLabel("Veranstaltungsort").fill("Berliner Wasserbetriebe");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Aktivität ist angelegt.");
        assertThat(page.locator("h1")).hasText(TITLE);
        assertAccessible();

        // A two-day programme.
        for (var item : List.of(
                new String[] {first.toString(), "10:00", "Empfang im Roten Rathaus"},
                new String[] {first.toString(), "14:00", "Besuch des Klärwerks Ruhleben"},
                new String[] {second.toString(), "09:30", "Workshop Regenwassermanagement"})) {
            add("Programmpunkt hinzufügen");
            page.getByLabel("Tag", new Page.GetByLabelOptions().setExact(true)).selectOption(item[0]);
            page.getByLabel("Von").fill(item[1]);
            page.getByLabel("Programmpunkt", new Page.GetByLabelOptions().setExact(true))
                    .fill(item[2]);
            page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Zum Programm hinzufügen"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Programmpunkt ist hinzugefügt.");
        }
        Locator programme = page.locator("#programme");
        assertThat(programme.locator("h3")).hasCount(2);
        assertThat(programme).containsText("Workshop Regenwassermanagement");
        assertAccessible();

        // Five members of the delegation, one of them its head, with a name in its own spelling.
        String[][] members = {
            {"Katarzyna Wiśniewska", "HEAD_OF_DELEGATION", "Stellvertretende Stadtpräsidentin", "vegetarisch"},
            {"Marek Nowak", "MEMBER", "Wasserwerke Warschau", ""},
            {"Agnieszka Zielińska", "MEMBER", "Umweltamt", "Dolmetschen Polnisch–Deutsch"},
            {"Tomasz Lewandowski", "MEMBER", "Umweltamt", ""},
            {"Ewa Kamińska", "INTERPRETER", "Dolmetscherin", ""}
        };
        for (String[] member : members) {
            add("Teilnehmende hinzufügen");
            page.getByLabel("Name, wie die Person genannt werden möchte").fill(member[0]);
            if (member[1].equals("HEAD_OF_DELEGATION")) {
                page.getByLabel("Name in Originalschrift").fill("Katarzyna Wiśniewska");
                page.getByLabel("Sprache dieses Namens").fill("pl");
            }
            page.getByLabel("Titel oder Funktion").fill(member[2]);
            page.getByLabel("Organisation").fill("Stadt Warschau");
            page.getByLabel("Rolle").selectOption(member[1]);
            page.getByLabel("Bedarfe (Dolmetschen, Ernährung, Barrierefreiheit)")
                    .fill(member[3]);
            page.getByRole(
                            AriaRole.BUTTON,
                            new GetByRoleOptions().setName("Hinzufügen").setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person ist eingetragen.");
        }
        assertThat(page.locator("#participants tbody tr")).hasCount(5);
        assertThat(page.locator("#participants caption")).hasText("5 Teilnehmende");
        assertThat(page.locator("#participants")).containsText("Delegationsleitung");
        assertThat(page.locator("#participants [lang=pl]")).hasText("(Katarzyna Wiśniewska)");
        assertAccessible();

        // A member of staff, found by typing part of the name: the list offers the matches only.
        add("Teilnehmende hinzufügen");
        page.getByLabel("Mitarbeiterin oder Mitarbeiter suchen").fill("Vera");
        assertThat(page.locator("#p-staff-status")).hasText("1 Treffer in der Auswahl.");
        assertThat(page.locator("#p-accountId option")).hasCount(2);
        page.locator("#p-accountId").selectOption(new SelectOption().setLabel("Vera Viewer (Demo) (viewer)"));
        assertAccessible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new GetByRoleOptions().setName("Hinzufügen").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person ist eingetragen.");
        assertThat(page.locator("#participants tbody tr")).hasCount(6);
        assertThat(page.locator("#participants")).containsText("Vera Viewer (Demo)");

        // Held.
        page.getByLabel("Neuer Stand").selectOption("HELD");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Stand ändern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Stand ist geändert.");
        assertThat(page.locator("main p").first()).containsText("stattgefunden");

        // What was learned.
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Ergebnis und Erfahrungen festhalten"))
                .click();
        assertAccessible();
        page.getByLabel("Zusammenfassung").fill("Warschau übernimmt das Berliner Modell der Regenwasseragentur.");
        page.getByLabel("Was gut funktioniert hat").fill("Besuch vor Ort statt Präsentationen.");
        page.getByLabel("Was nicht funktioniert hat").fill("Zu wenig Zeit für Fragen am zweiten Tag.");
        page.getByLabel("Empfehlung").fill("Bei Fachbesuchen einen halben Tag Puffer einplanen.");
        page.getByLabel("Gesamturteil").selectOption("GOOD");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ergebnis und Erfahrungen sind gespeichert.");
        assertThat(page.locator("#outcome")).containsText("halben Tag Puffer");

        // The minutes: a text file named .pdf is refused with a clear message, the real PDF is kept.
        add("Dokument hochladen");
        page.getByLabel("Art", new Page.GetByLabelOptions().setExact(true)).selectOption("MINUTES");
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Protokoll");
        page.getByLabel("Datei")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "protokoll.pdf",
                        "application/pdf",
                        "kein PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Hochladen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Diese Datei nimmt Jumelage nicht an.");
        assertAccessible();
        // The form stays open with the kind and title as typed; only the file is chosen again.
        assertThat(page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Protokoll");
        page.getByLabel("Datei")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "protokoll.pdf",
                        "application/pdf",
                        "%PDF-1.4\n% Protokoll\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Hochladen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Dokument ist gespeichert.");
        assertThat(page.locator("#documents")).containsText("Protokoll: Protokoll, Fassung 1 (protokoll.pdf");

        // Published.
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Bearbeiten"))
                .click();
        page.getByLabel("Auf der öffentlichen Website zeigen (Aktuelles, Rückblick, Städteseiten)")
                .check();
        page.getByLabel("Öffentliche Zusammenfassung (Deutsch)")
                .fill("Fachleute der Warschauer Wasserwirtschaft informierten sich in Berlin über Regenwasser.");
        page.getByLabel("Öffentliche Zusammenfassung (Englisch)")
                .fill("Water experts from Warsaw learned about rainwater management in Berlin.");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Aktivität ist gespeichert.");
        String detailUrl = page.url();

        // The lessons view across all activities finds it by theme.
        visit("/office/activities/lessons?theme=WATER_WASTE");
        assertThat(page.locator("article.lesson")).hasCount(1);
        assertThat(page.locator("article.lesson")).containsText("halben Tag Puffer");

        // The public: review, Warsaw's page, Warsaw's feed.
        BrowserTestContext visitor = new BrowserTestContext();
        Page publicPage = visitor.page();
        // The review shows one year at a time; the year's list follows its heading.
        visit(publicPage, "/de/rueckblick?year=" + first.getYear());
        assertThat(publicPage.locator("#year-title ~ ul").first()).containsText(TITLE);
        visit(publicPage, "/de/staedtepartnerschaften/warschau");
        assertThat(publicPage.locator("section[aria-labelledby=activities-title]"))
                .containsText(TITLE);
        visit(publicPage, "/en/city-partnerships/warsaw");
        assertThat(publicPage.locator("section[aria-labelledby=activities-title]"))
                .containsText("Delegation from Warsaw: water management");
        String feed =
                publicPage.request().get(url("/calendar/cities/warsaw.ics")).text();
        org.assertj.core.api.Assertions.assertThat(feed)
                .contains("SUMMARY:" + TITLE)
                .contains("DTSTART;VALUE=DATE:" + first.toString().replace("-", ""))
                .contains("STATUS:CONFIRMED");
        visitor.close();
        org.assertj.core.api.Assertions.assertThat(detailUrl).contains("/office/activities/");
    }

    /** A second browser context: the anonymous visitor, beside the signed-in editor. */
    private final class BrowserTestContext {
        private final com.microsoft.playwright.BrowserContext context = newContext(true);
        private final Page page = context.newPage();

        Page page() {
            return page;
        }

        void close() {
            context.close();
        }
    }
}
