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
import java.util.Optional;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.UserLookup;
import org.jumelage.shared.RequestPaths;
import org.jumelage.shared.SignInTime;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a signed-in session against the account on every request: a disabled or deleted account is signed out at
 * once, a session older than the account's last password change or than its absolute lifetime ends, a changed role
 * or unit applies at once, and someone signed in with a one-time password goes nowhere in the back office before
 * choosing their own.
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/office/password";

    private final UserLookup users;
    private final Clock clock;
    private final Duration lifetime;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountStateFilter(UserLookup users, Clock clock, Duration lifetime) {
        this.users = users;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<JumelageUser> signedIn = JumelageUser.current();
        if (signedIn.isEmpty()) {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null
                    && authentication.isAuthenticated()
                    && !(authentication
                            instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)) {
                // Signed in as something that is not an account of this installation (never made by Jumelage's
                // sign-ins): no rights here.
                signOut(request, response, "expired");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Optional<JumelageUser> now = users.currentState(signedIn.get().getUsername());
        if (now.isEmpty() || !now.get().isEnabled()) {
            signOut(request, response, "expired");
            return;
        }
        JumelageUser current = now.get();
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant instant = clock.instant();
            Optional<Instant> stamp = SignInTime.of(session);
            if (stamp.isEmpty()) {
                // A session signed in before sign-in times were kept: its lifetime counts from now.
                SignInTime.record(session, instant);
            } else if (stamp.get().plus(lifetime).isBefore(instant)
                    || current.credentialsChangedAt()
                            .filter(changed -> changed.isAfter(stamp.get()))
                            .isPresent()) {
                signOut(request, response, "ended");
                return;
            }
        }
        if (changed(signedIn.get(), current)) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
        }
        // The servlet path is decoded and normalised, as the authorisation rules see it.
        String path = RequestPaths.of(request);
        if (current.mustChangePassword() && path.startsWith("/office") && !path.equals(PASSWORD_PAGE)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response, String why)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + "/login?" + why);
    }

    private static boolean changed(JumelageUser before, JumelageUser now) {
        return before.role() != now.role()
                || !before.unitId().equals(now.unitId())
                || before.mustChangePassword() != now.mustChangePassword()
                || !before.displayName().equals(now.displayName());
    }
}
