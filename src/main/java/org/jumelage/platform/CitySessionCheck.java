package org.jumelage.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jumelage.people.JumelageUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session of single sign-on once the city's identity provider no longer accepts the person (ADR 0034): at a
 * request, at most every {@code jumelage.oidc.check-every} per session, the person's access token is shown to the
 * provider's user info endpoint (renewed first with the refresh token when it has run out). An answer of 401 or 403,
 * or a renewal the provider refuses ({@code invalid_grant}: the account was disabled there, or its sessions ended),
 * signs the person out here at that request. A provider that cannot be reached signs nobody out: the check is tried
 * again at the next interval.
 */
final class CitySessionCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CitySessionCheck.class);

    /** When the session was last checked with the provider (milliseconds since the epoch). */
    static final String CHECKED = CitySessionCheck.class.getName() + ".CHECKED";

    private final ClientRegistrationRepository registrations;
    private final OAuth2AuthorizedClientRepository clients;
    private final Clock clock;
    private final Duration every;
    private final RestClient http;
    private final RestClientRefreshTokenTokenResponseClient renewal = new RestClientRefreshTokenTokenResponseClient();

    CitySessionCheck(
            ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository clients,
            Clock clock,
            Duration every) {
        this.registrations = registrations;
        this.clients = clients;
        this.clock = clock;
        this.every = every;
        // Both calls run on the request's thread: neither may wait long for a provider that hangs.
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder().requestFactory(requests).build();
        this.renewal.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new org.springframework.http.converter.FormHttpMessageConverter());
                    converters.add(new org.springframework.security.oauth2.core.http.converter
                            .OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(
                        new org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler())
                .build());
    }

    /** A token that runs out within this long is renewed first: the provider's clock may be ahead of ours. */
    private static final Duration SKEW = Duration.ofSeconds(60);

    private enum Verdict {
        ACCEPTED,
        REFUSED,
        UNKNOWN
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || signedIn == null || !(signedIn.getPrincipal() instanceof JumelageUser)) {
            chain.doFilter(request, response);
            return;
        }
        OAuth2AuthorizedClient client = authorizedClient(signedIn, request);
        if (client == null) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        Object checked = session.getAttribute(CHECKED);
        if (checked instanceof Long last
                && now.isBefore(Instant.ofEpochMilli(last).plus(every))) {
            chain.doFilter(request, response);
            return;
        }
        session.setAttribute(CHECKED, now.toEpochMilli());
        if (check(client, signedIn, request, response, now) == Verdict.REFUSED) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?oidc=ended");
            return;
        }
        chain.doFilter(request, response);
    }

    private OAuth2AuthorizedClient authorizedClient(Authentication signedIn, HttpServletRequest request) {
        if (!(registrations instanceof Iterable<?> all)) {
            return null;
        }
        for (Object registration : all) {
            OAuth2AuthorizedClient client = clients.loadAuthorizedClient(
                    ((ClientRegistration) registration).getRegistrationId(), signedIn, request);
            if (client != null) {
                return client;
            }
        }
        return null;
    }

    private Verdict check(
            OAuth2AuthorizedClient client,
            Authentication signedIn,
            HttpServletRequest request,
            HttpServletResponse response,
            Instant now) {
        OAuth2AccessToken token = client.getAccessToken();
        if (token.getExpiresAt() != null && !token.getExpiresAt().isAfter(now.plus(SKEW))) {
            if (client.getRefreshToken() == null) {
                // Nothing to ask with (Entra ID gives no refresh token without offline_access): the account's own
                // check and the session's lifetime still apply.
                return Verdict.UNKNOWN;
            }
            try {
                OAuth2AccessTokenResponse renewed = renewal.getTokenResponse(new OAuth2RefreshTokenGrantRequest(
                        client.getClientRegistration(), token, client.getRefreshToken()));
                client = new OAuth2AuthorizedClient(
                        client.getClientRegistration(),
                        client.getPrincipalName(),
                        renewed.getAccessToken(),
                        renewed.getRefreshToken() != null ? renewed.getRefreshToken() : client.getRefreshToken());
                clients.saveAuthorizedClient(client, signedIn, request, response);
                token = client.getAccessToken();
            } catch (OAuth2AuthorizationException refused) {
                if ("invalid_grant".equals(refused.getError().getErrorCode())) {
                    return Verdict.REFUSED;
                }
                log.warn(
                        "The identity provider did not renew a session's token: {}",
                        refused.getError().getErrorCode());
                return Verdict.UNKNOWN;
            }
        }
        String userInfo = client.getClientRegistration()
                .getProviderDetails()
                .getUserInfoEndpoint()
                .getUri();
        if (userInfo == null || userInfo.isBlank()) {
            return Verdict.UNKNOWN;
        }
        String bearer = token.getTokenValue();
        try {
            http.get()
                    .uri(userInfo)
                    .headers(headers -> headers.setBearerAuth(bearer))
                    .retrieve()
                    .toBodilessEntity();
            return Verdict.ACCEPTED;
        } catch (HttpClientErrorException answer) {
            if (answer.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)
                    || answer.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN)) {
                return Verdict.REFUSED;
            }
            log.warn(
                    "The identity provider's user info answered {}",
                    answer.getStatusCode().value());
            return Verdict.UNKNOWN;
        } catch (RestClientException unreachable) {
            log.warn("The identity provider's user info could not be asked: {}", unreachable.getMessage());
            return Verdict.UNKNOWN;
        }
    }
}
