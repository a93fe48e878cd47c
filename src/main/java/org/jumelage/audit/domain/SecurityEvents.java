package org.jumelage.audit.domain;

import java.util.Map;
import org.jumelage.audit.AuditAction;
import org.jumelage.people.JumelageUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Sign-ins (with a password or the city's single sign-on), refused sign-ins and sign-outs, as Spring Security
 * announces them, into the audit trail. A refused sign-in names the user name that was tried and the reason (wrong
 * password, disabled, locked, ...), never the password.
 */
@Component
class SecurityEvents {

    private final AuditLog audit;

    SecurityEvents(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        audit.recordFor(
                authentication.getName(),
                AuditAction.SIGNED_IN,
                "Account",
                authentication.getPrincipal() instanceof JumelageUser user ? String.valueOf(user.accountId()) : null,
                Map.of("method", method(authentication)));
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        audit.recordFor(
                event.getAuthentication().getName(),
                AuditAction.SIGN_IN_FAILED,
                null,
                null,
                Map.of(
                        "reason",
                        event.getException().getClass().getSimpleName(),
                        "method",
                        method(event.getAuthentication())));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        audit.recordFor(
                authentication.getName(),
                AuditAction.SIGNED_OUT,
                "Account",
                authentication.getPrincipal() instanceof JumelageUser user ? String.valueOf(user.accountId()) : null,
                Map.of());
    }

    private static String method(Authentication authentication) {
        return authentication.getClass().getSimpleName().startsWith("OAuth2") ? "single sign-on" : "password";
    }
}
