package org.jumelage.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

/**
 * A person's tokens from the city's identity provider, kept in their session (so in the database, on every instance;
 * ADR 0034) without the client registration: Spring Security's session repository would store the whole registration,
 * its client secret included, in {@code spring_session_attributes}, and use that stored copy after the secret changed.
 * Here the registration is looked up anew at each load.
 */
final class SessionTokens implements OAuth2AuthorizedClientRepository {

    private static final String PREFIX = SessionTokens.class.getName() + ".";

    /** What the session keeps: whose tokens, and the tokens. */
    private record Stored(String principalName, OAuth2AccessToken accessToken, OAuth2RefreshToken refreshToken)
            implements Serializable {}

    private final ClientRegistrationRepository registrations;

    SessionTokens(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
            String registrationId, Authentication principal, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PREFIX + registrationId) instanceof Stored stored)) {
            return null;
        }
        ClientRegistration registration = registrations.findByRegistrationId(registrationId);
        if (registration == null) {
            return null;
        }
        return (T) new OAuth2AuthorizedClient(
                registration, stored.principalName(), stored.accessToken(), stored.refreshToken());
    }

    @Override
    public void saveAuthorizedClient(
            OAuth2AuthorizedClient client,
            Authentication principal,
            HttpServletRequest request,
            HttpServletResponse response) {
        request.getSession()
                .setAttribute(
                        PREFIX + client.getClientRegistration().getRegistrationId(),
                        new Stored(client.getPrincipalName(), client.getAccessToken(), client.getRefreshToken()));
    }

    @Override
    public void removeAuthorizedClient(
            String registrationId, Authentication principal, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PREFIX + registrationId);
        }
    }
}
