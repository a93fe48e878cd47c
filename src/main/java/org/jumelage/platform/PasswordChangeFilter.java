package org.jumelage.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jumelage.people.JumelageUser;
import org.springframework.web.filter.OncePerRequestFilter;

/** Someone signed in with a one-time password goes nowhere in the back office before choosing their own. */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/office/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean mustChange =
                JumelageUser.current().map(JumelageUser::mustChangePassword).orElse(false);
        if (mustChange && path.startsWith("/office") && !path.equals(PASSWORD_PAGE)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
