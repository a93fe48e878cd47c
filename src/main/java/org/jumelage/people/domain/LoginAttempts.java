package org.jumelage.people.domain;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts every failed password at the login form per account and client address (also for names that are no
 * account, so that guessing names counts too); a correct one forgets that client's failures for the account.
 */
@Component
class LoginAttempts {

    private final SignInThrottle signIns;

    LoginAttempts(SignInThrottle signIns) {
        this.signIns = signIns;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        signIns.failed(event.getAuthentication().getName(), client(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        signIns.succeeded(event.getAuthentication().getName(), client(event.getAuthentication()));
    }

    /** The client's address as the servlet container sees it: behind a trusted proxy, the forwarded one. */
    private static String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
    }
}
