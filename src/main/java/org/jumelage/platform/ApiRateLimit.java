package org.jumelage.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jumelage.shared.RequestPaths;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How many requests one client address may send to the public API and the open data: a bucket per address that holds
 * {@code requestsPerMinute} requests and fills up again at that rate. A request that finds it empty gets {@code 429}
 * with {@code Retry-After} (whole seconds until the next request is allowed) and a problem detail; every answer says
 * the limit and what is left ({@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining}). The address is the one the
 * request came from, or the proxy's forwarded one where the installation trusts its proxy (ADR 0017). Each instance
 * counts for itself: behind two instances a client gets up to twice the limit (docs/adr/0028-public-api-v1.md).
 *
 * <p>A request with an access token ({@code Authorization: Bearer …}) passes this filter: {@link BearerTokens} counts
 * it against the token's own bucket once the token is known, and a token that is not valid against the address's
 * (ADR 0029).
 */
class ApiRateLimit extends OncePerRequestFilter {

    /**
     * {@code jumelage.api.rate-limit.*} (ADR 0028).
     *
     * @param requestsPerMinute how many requests a minute one client address may send to the public API and the open
     *     data ({@code 0}: no limit); beyond it the answer is 429 with {@code Retry-After}. A request with an access
     *     token counts against the token instead (ADR 0029)
     * @param addresses how many client addresses are remembered; the least recently seen is forgotten first, which
     *     only ever gives it a full bucket again
     */
    @ConfigurationProperties("jumelage.api.rate-limit")
    record Settings(
            @DefaultValue("300") int requestsPerMinute,
            @DefaultValue("100000") int addresses) {}

    private final Settings settings;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    ApiRateLimit(Settings settings, Clock clock) {
        if (settings.requestsPerMinute() < 0 || settings.addresses() < 1) {
            throw new IllegalArgumentException("jumelage.api.rate-limit: requests-per-minute must be 0 or more,"
                    + " addresses 1 or more; found " + settings);
        }
        this.settings = settings;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > settings.addresses();
            }
        };
    }

    /** What is left in a bucket, and when it was last filled up. */
    private static final class Bucket {
        double tokens;
        long filledAt;

        Bucket(double tokens, long filledAt) {
            this.tokens = tokens;
            this.filledAt = filledAt;
        }
    }

    /** The answer for one request: allowed or not, what is left, and how long to wait when not. */
    record Decision(boolean allowed, int remaining, long retryAfterSeconds) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        boolean api = path.startsWith("/api/v1/") || path.equals("/api/v1");
        // Under the API, a request with a token is counted by BearerTokens (the open data takes no tokens).
        return settings.requestsPerMinute() == 0
                || (api && BearerTokens.secret(request) != null)
                || !(api || path.startsWith("/open-data/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (admitted(
                request, response, "address " + request.getRemoteAddr(), settings.requestsPerMinute(), "address")) {
            chain.doFilter(request, response);
        }
    }

    /** The installation's limit per client address (and per token without its own); 0: none. */
    int requestsPerMinute() {
        return settings.requestsPerMinute();
    }

    /**
     * Takes one request from the bucket {@code key} of {@code perMinute} requests a minute and says so in the answer's
     * headers; when it is empty, answers {@code 429} and returns false. A limit of 0 admits everything.
     *
     * @param who "address" or "token", for the problem's detail
     */
    boolean admitted(HttpServletRequest request, HttpServletResponse response, String key, int perMinute, String who)
            throws IOException {
        if (perMinute == 0) {
            return true;
        }
        Decision decision = take(key, perMinute);
        response.setHeader("X-RateLimit-Limit", String.valueOf(perMinute));
        response.setHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        if (decision.allowed()) {
            return true;
        }
        response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
        ProblemResponses.write(
                request,
                response,
                429,
                "Too Many Requests",
                "More than " + perMinute + " requests a minute from one " + who + "; try again in "
                        + decision.retryAfterSeconds() + " s.");
        return false;
    }

    /** Gives a request taken from the bucket {@code key} back (at most up to its limit). */
    void giveBack(String key, int perMinute) {
        if (perMinute == 0) {
            return;
        }
        synchronized (buckets) {
            Bucket bucket = buckets.get(key);
            if (bucket != null) {
                bucket.tokens = Math.min(perMinute, bucket.tokens + 1);
            }
        }
    }

    /** Takes one request from the address's bucket at the installation's limit. */
    Decision take(String address) {
        return take("address " + address, settings.requestsPerMinute());
    }

    /** Takes one request from the bucket {@code key}, filled up for the time since it was last asked. */
    Decision take(String key, int perMinute) {
        long now = clock.millis();
        double perMilli = perMinute / 60_000.0;
        synchronized (buckets) {
            Bucket bucket = buckets.computeIfAbsent(key, any -> new Bucket(perMinute, now));
            // A clock set back (by the time service, say) fills nothing, and takes nothing either.
            bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, now - bucket.filledAt) * perMilli);
            bucket.filledAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, (int) bucket.tokens, 0);
            }
            long wait = (long) Math.ceil((1 - bucket.tokens) / perMilli / 1000.0);
            return new Decision(false, 0, Math.max(1, wait));
        }
    }
}
