package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SiteTextsIT extends BrowserTest {

    private static final String EXACT = "Berlin & Paris: <b>nicht fett</b>, \"Zitat\", 'Apostroph' – 50 % mehr.";

    @Test
    void anAdminPreviewsAndPublishesATextWhichThePublicSeesExactlyAsWrittenAndNeverRunsScript() {
        AtomicBoolean dialog = new AtomicBoolean();
        page.onDialog(d -> {
            dialog.set(true);
            d.dismiss();
        });
        logIn("admin", "admin-demo-2026");
        visit("/office/texts");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Einleitung (Deutsch) bearbeiten"))
                .click();
        assertAccessible();

        page.getByLabel("Text", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill(EXACT + "\n\n<script>alert('x')</script>");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Vorschau"))
                .click();
        assertThat(page.locator(".text-preview")).containsText(EXACT);
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Veröffentlichen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Text ist veröffentlicht.");

        visit("/de/staedtepartnerschaften");
        var intro = page.locator("main .site-text");
        assertThat(intro.locator("p").first()).hasText(EXACT);
        assertThat(intro).containsText("<script>alert('x')</script>");
        assertThat(page.locator("main script")).hasCount(0);
        assertThat(page.locator("main b")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(dialog.get())
                .as("a script ran")
                .isFalse();

        // The previous version stays restorable.
        visit("/office/texts/OVERVIEW_INTRO/de");
        page.getByLabel("Text", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("Eine zweite Fassung.");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Veröffentlichen"))
                .click();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Fassung 1 wieder veröffentlichen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die frühere Fassung ist wieder veröffentlicht.");
        visit("/de/staedtepartnerschaften");
        assertThat(page.locator("main .site-text p").first()).hasText(EXACT);
        visit("/en/city-partnerships");
        assertThat(page.getByText("Cities are places of knowledge")).isVisible();
    }
}
