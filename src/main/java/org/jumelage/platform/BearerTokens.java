package org.jumelage.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jumelage.people.ApiClient;
import org.jumelage.people.ApiTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a machine client of the API by its access token ({@code Authorization: Bearer jml_…}, ADR 0029), for this
 * request only: the request then acts as the token's account, with the authorities of the account's role and of the
 * token's scope ({@code SCOPE_read}, {@code SCOPE_write}). Each token has its own rate-limit bucket (its own limit, else
 * the installation's); a request with a token first takes from its address's bucket, which a valid token gives back,
 * so that a token that is not valid (unknown, revoked, expired, its account disabled: {@code 401}) counts against its
 * address, and an address over its limit costs no look-up.
 */
class BearerTokens extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ApiRateLimit limits;

    BearerTokens(ApiTokens tokens, ApiRateLimit limits) {
        this.tokens = tokens;
        this.limits = limits;
    }

    /** The token a request presents, or null. */
    static String secret(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String secret = header.substring(7).strip();
        return secret.isEmpty() ? null : secret;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = secret(request);
        if (secret == null) {
            chain.doFilter(request, response);
            return;
        }
        // The address's bucket first, before any look-up: an address over its limit costs nothing more by adding a
        // token, and guessing tokens is limited like any request. A valid token gives the request back.
        String address = "address " + request.getRemoteAddr();
        if (!limits.admitted(request, response, address, limits.requestsPerMinute(), "address")) {
            return;
        }
        Optional<ApiClient> client = tokens.authenticate(secret);
        if (client.isEmpty()) {
            unauthorized(request, response, "invalid_token", "The access token is unknown, revoked or expired.");
            return;
        }
        ApiClient known = client.get();
        limits.giveBack(address, limits.requestsPerMinute());
        int limit = known.requestsPerMinute() > 0 ? known.requestsPerMinute() : limits.requestsPerMinute();
        if (!limits.admitted(request, response, "token " + known.tokenId(), limit, "token")) {
            return;
        }
        tokens.recordUse(known.tokenId());
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(known.user().role().authority()));
        known.scope().authorities().forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope)));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(known.user(), null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** {@code 401} with the challenge RFC 6750 asks for, as a problem detail. */
    static void unauthorized(HttpServletRequest request, HttpServletResponse response, String error, String detail)
            throws IOException {
        response.setStatus(401);
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                error == null ? "Bearer realm=\"jumelage\"" : "Bearer realm=\"jumelage\", error=\"" + error + "\"");
        ProblemResponses.write(request, response, 401, "Unauthorized", detail);
    }
}
