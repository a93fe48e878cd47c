package org.jumelage.platform;

import java.util.Map;
import org.jumelage.audit.AuditAction;
import org.jumelage.audit.AuditTrail;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Records a denied access in the audit trail (ADR 0036) before the answer is given: a signed-in person or token that
 * asked for an address or record their rights do not allow, or a form sent without its CSRF token. A visitor who is
 * not signed in is asked to sign in instead, which is not recorded.
 */
final class AuditedDenials {

    private AuditedDenials() {}

    static AccessDeniedHandler recorded(AuditTrail audit, AccessDeniedHandler answer) {
        return (request, response, denied) -> {
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
