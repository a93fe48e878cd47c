package org.jumelage.platform;

import java.util.Map;
import org.jumelage.audit.AuditAction;
import org.jumelage.audit.AuditTrail;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Records a denied access in the audit trail (ADR 0036) before the answer is given: a signed-in person or token that
 * asked for an address or record their rights do not allow, or a form sent without its CSRF token. Nothing is recorded
 * for a visitor who is not signed in (asked to sign in, or refused a form without its CSRF token): one request each, an
 * anonymous client could otherwise fill the trail.
 */
final class AuditedDenials {

    private AuditedDenials() {}

    static AccessDeniedHandler recorded(AuditTrail audit, AccessDeniedHandler answer) {
        return (request, response, denied) -> {
            var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            if (authentication == null
                    || !authentication.isAuthenticated()
                    || authentication
                            instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
                // A visitor who is not signed in (a form without its CSRF token, for example): not recorded, or
                // anybody could fill the trail, whose entries the database keeps for 90 days at least.
                answer.handle(request, response, denied);
                return;
            }
            String path = request.getRequestURI();
            audit.record(
                    AuditAction.ACCESS_DENIED,
                    "Request",
                    request.getMethod() + " " + (path.length() > 90 ? path.substring(0, 90) : path),
                    Map.of("reason", String.valueOf(denied.getMessage())));
            answer.handle(request, response, denied);
        };
    }
}
