package org.jumelage.exchange.domain;

import org.jumelage.people.domain.AccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a demo account in for service calls on the current thread. */
final class SignedIn {

    private SignedIn() {}

    static void as(AccountService accounts, String username) {
        var user = accounts.loadUser(username).orElseThrow();
        user.eraseCredentials();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
