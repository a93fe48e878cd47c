package org.jumelage.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A member of the city's staff signs in with the city's account (ADR 0034), against a real OpenID Connect server that
 * the test starts; one without a group of Jumelage is told why not. An application context of its own (the
 * provider's settings), so it starts once more.
 */
class CitySignInIT extends BrowserTest {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.client.registration.city.client-id", () -> "jumelage");
        properties.add("spring.security.oauth2.client.registration.city.client-secret", () -> "browser-secret");
        properties.add("spring.security.oauth2.client.registration.city.client-name", () -> "Berlin-Konto");
        properties.add("spring.security.oauth2.client.registration.city.scope", () -> "openid,profile,email");
        properties.add(
                "spring.security.oauth2.client.provider.city.issuer-uri",
                () -> PROVIDER.issuerUrl("city").toString());
        properties.add("jumelage.oidc.roles.viewer", () -> "senatskanzlei");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    private void provider(String username, String name, List<String> groups) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                "city",
                UUID.randomUUID().toString(),
                "JWT",
                List.of("jumelage"),
                Map.of("preferred_username", username, "name", name, "groups", groups),
                3600));
    }

    @Test
    void aMemberOfStaffSignsInWithTheCitysAccountAndAnOutsiderIsToldWhyNot() {
        visit("/login");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mit dem Konto der Stadt")))
                .isVisible();
        assertAccessible();
        page.setViewportSize(390, 844);
        assertNoSidewaysScrolling(page);
        page.setViewportSize(1280, 900);

        provider("k.browser", "Karla Browser", List.of("senatskanzlei"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anmelden mit Berlin-Konto"))
                .click();
        assertThat(page).hasURL(url("/office"));
        assertThat(page.getByText("Karla Browser")).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sie haben sich abgemeldet");

        provider("o.outside", "Otto Außen", List.of("kantine"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anmelden mit Berlin-Konto"))
                .click();
        assertThat(page).hasURL(url("/login?oidc=noRole"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("gehört zu keiner Gruppe, die Jumelage nutzen darf");
        assertAccessible();

        visit("/login?oidc=noRole&lang=en");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("belongs to no group that may use Jumelage");
        assertAccessible();
    }
}
