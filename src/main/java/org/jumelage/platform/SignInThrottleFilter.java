package org.jumelage.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jumelage.people.SignInGuard;
import org.jumelage.shared.RequestPaths;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before the login form's password is checked, the attempt is reserved: a client that has failed too often (for this
 * account, or at all) waits, and its attempt is not counted. The answer is the same whether the account exists or
 * not.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInGuard guard;

    SignInThrottleFilter(SignInGuard guard) {
        this.guard = guard;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/login".equals(RequestPaths.of(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!guard.attempt(request.getParameter("username"), request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
