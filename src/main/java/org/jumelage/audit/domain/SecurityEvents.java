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
 * Sign-ins with a password, refused sign-ins and sign-outs, as Spring Security announces them, into the audit trail
 * (single sign-on is recorded by {@code platform.CitySignIn}, which knows the account). A refused sign-in names the user
 * name that was tried if an account has it (else "(unknown user name)": a password typed into the wrong field must not
 * be kept) and the reason (wrong password, disabled, locked, ...), never the password.
 */
@Component
class SecurityEvents {

    private final AuditLog audit;
    private final org.jumelage.people.StaffDirectory staff;

    SecurityEvents(AuditLog audit, org.jumelage.people.StaffDirectory staff) {
        this.audit = audit;
        this.staff = staff;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication.getClass().getSimpleName().startsWith("OAuth2")) {
            // Single sign-on: recorded by platform.CitySignIn once the account is known.
            return;
        }
        audit.recordFor(
                authentication.getName(),
                AuditAction.SIGNED_IN,
                "Account",
                authentication.getPrincipal() instanceof JumelageUser user ? String.valueOf(user.accountId()) : null,
                Map.of("method", method(authentication)));
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        // The name typed is kept only if it is an account's, as the account writes it (what else was typed there may
        // be a password): so the entry is found by the account's name and in its person's report.
        String typed = event.getAuthentication().getName();
        var account = typed == null || typed.isBlank()
                ? java.util.Optional.<org.jumelage.people.StaffDirectory.StaffMember>empty()
                : staff.staffMember(typed.strip());
        audit.recordFor(
                account.map(org.jumelage.people.StaffDirectory.StaffMember::username)
                        .orElse("(unknown user name)"),
                AuditAction.SIGN_IN_FAILED,
                account.isPresent() ? "Account" : null,
                account.map(member -> String.valueOf(member.accountId())).orElse(null),
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
