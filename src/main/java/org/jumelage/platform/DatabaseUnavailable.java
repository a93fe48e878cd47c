package org.jumelage.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jumelage.shared.RequestPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, every request that needs it is answered {@code 503} with {@code Retry-After}
 * (issue 16): a page in both languages that needs nothing from the database ({@code unavailable/database.html}), or a
 * problem detail under {@code /api/}; never the 500 page. It wraps everything else, so that it also answers for the
 * sign-in's and the account check's queries. Nothing needs to recover: the connection pool opens new connections once
 * the database answers again, and what a request was about to write was never written (its transaction did not
 * start, or rolled back).
 */
class DatabaseUnavailable extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** Seconds a client is asked to wait. */
    static final int RETRY_AFTER = 30;

    private final byte[] page;

    DatabaseUnavailable() {
        try (InputStream in = DatabaseUnavailable.class.getResourceAsStream("/unavailable/database.html")) {
            if (in == null) {
                throw new IllegalStateException("unavailable/database.html is missing");
            }
            this.page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!databaseUnreachable(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn(
                    "Database unreachable: {} {} answered 503 ({})",
                    request.getMethod(),
                    RequestPaths.of(request),
                    rootMessage(failure));
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Whatever was set for the answer that failed (an ETag, a cookie) goes; the security headers come back.
        response.reset();
        String requestId = org.slf4j.MDC.get(RequestIds.KEY);
        if (requestId != null) {
            response.setHeader(RequestIds.HEADER, requestId);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (RequestPaths.of(request).startsWith("/api/")) {
            ProblemResponses.write(
                    request,
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Service Unavailable",
                    "The database cannot be reached. " + outcome(request) + " Try again in " + RETRY_AFTER + " s.");
            return;
        }
        response.setContentType("text/html");
        response.getOutputStream().write(page);
    }

    /**
     * What a client may assume: a request that only reads changed nothing; one that writes may have been saved in part
     * (a request can span several transactions), so the client reads before it sends again.
     */
    private static String outcome(HttpServletRequest request) {
        return switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> "Nothing was changed.";
            default -> "Whether the change was saved is not known: read the record before sending it again.";
        };
    }

    /** Whether the failure (or what caused it) is the database not answering, not a mistake in a query. */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // SQL's class 08, "connection exception".
            if (cause instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // A roll-back (or commit) that JDBC refused without any SQL state: the pool had closed the connection the
            // database broke, and this failure replaced the query's own (found by .ci/database-outage stopping
            // PostgreSQL under load; Hikari's "Connection is closed" carries no SQL state). A commit the database
            // refused for a reason (a constraint, a serialization failure) carries its state and stays a 500.
            if (cause instanceof org.hibernate.TransactionException
                    && cause.getCause() instanceof java.sql.SQLException sql
                    && sql.getSQLState() == null) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // The pool's message tells an exhausted pool (its counts) from a database that does not answer.
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
