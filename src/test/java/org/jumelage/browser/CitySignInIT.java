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
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class CitySignInIT extends BrowserTest {

    /** What the provider's user info answers besides itself: nothing (its own answer), 503 or 401. */
    static final java.util.concurrent.atomic.AtomicInteger USER_INFO = new java.util.concurrent.atomic.AtomicInteger();

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server(new UserInfoOverride());

    /** The provider's user info, answered here while {@link #USER_INFO} names a status. */
    static final class UserInfoOverride implements no.nav.security.mock.oauth2.http.Route {

        @Override
        public boolean match(no.nav.security.mock.oauth2.http.OAuth2HttpRequest request) {
            return USER_INFO.get() != 0 && request.getUrl().encodedPath().endsWith("/userinfo");
        }

        @Override
        public no.nav.security.mock.oauth2.http.OAuth2HttpResponse invoke(
                no.nav.security.mock.oauth2.http.OAuth2HttpRequest request) {
            return new no.nav.security.mock.oauth2.http.OAuth2HttpResponse(
                    okhttp3.Headers.of("Content-Type", "application/json"),
                    USER_INFO.get(),
                    "{\"error\":\"" + (USER_INFO.get() == 401 ? "invalid_token" : "temporarily_unavailable") + "\"}",
                    null);
        }
    }

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
        // The provider is asked at every request whether it still accepts the person.
        properties.add("jumelage.oidc.check-every", () -> "PT0S");
    }

    @AfterAll
    static void stopProvider() {
        USER_INFO.set(0);
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
    @org.junit.jupiter.api.Order(1)
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

    @Test
    @org.junit.jupiter.api.Order(2)
    void aPersonTheProviderNoLongerAcceptsIsSignedOutAtTheNextRequest() {
        visit("/login");
        provider("l.later", "Lena Später", List.of("senatskanzlei"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anmelden mit Berlin-Konto"))
                .click();
        assertThat(page).hasURL(url("/office"));

        // The provider answers with an error of its own: nobody is signed out for that.
        try {
            signedOutOnlyWhenRefused();
        } finally {
            USER_INFO.set(0);
        }
    }

    private void signedOutOnlyWhenRefused() {
        USER_INFO.set(503);
        visit("/office/partnerships");
        assertThat(page).hasURL(url("/office/partnerships"));
        assertThat(page.getByText("Lena Später")).isVisible();

        // It no longer accepts the person's token (as after disabling the account there): signed out at the next
        // request, and told why.
        USER_INFO.set(401);
        visit("/office/activities");
        assertThat(page).hasURL(url("/login?oidc=ended"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("nicht mehr angemeldet oder wurde gesperrt");
        assertAccessible();
        visit("/office");
        assertThat(page).hasURL(url("/login"));
    }
}
