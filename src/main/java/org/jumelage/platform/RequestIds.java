package org.jumelage.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, written on every log line made while it is served ({@code request.id} in the log's MDC:
 * a field of its own in the JSON logs, in brackets in the plain ones) and sent back as {@code X-Request-Id}, so that a
 * person who reports an error and the operator who reads the log talk about the same request. A reverse proxy's id
 * ({@code X-Request-Id}, letters, digits, {@code .}, {@code _} and {@code -}, at most 64) is kept when the request came
 * from a trusted proxy's address ({@code server.tomcat.remoteip.internal-proxies}; Tomcat's {@code RemoteIpValve} marks
 * such a request, as it takes the client's address from it); anything else, and any id sent from another address, is
 * replaced by a new one, so that a client can neither write into the log nor pass its requests off as another's in the
 * audit trail.
 */
class RequestIds extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String KEY = "request.id";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Set by Tomcat's RemoteIpValve on a request from a trusted proxy's address. */
    static final String FORWARDED = "org.apache.tomcat.request.forwarded";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        boolean fromProxy = Boolean.TRUE.equals(request.getAttribute(FORWARDED));
        String id = fromProxy && given != null && ACCEPTED.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        MDC.put(KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
