package org.jumelage.people.domain;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * A correct password at the login form forgets that client's failures for the account. (Every attempt was counted
 * as failed before the password was checked: see {@link SignInThrottle}.)
 */
@Component
class LoginAttempts {

    private final SignInThrottle signIns;

    LoginAttempts(SignInThrottle signIns) {
        this.signIns = signIns;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            signIns.succeeded(event.getAuthentication().getName(), details.getRemoteAddress());
        }
    }
}
