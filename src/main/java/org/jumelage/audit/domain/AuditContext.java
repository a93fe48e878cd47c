package org.jumelage.audit.domain;

import jakarta.servlet.http.HttpServletRequest;
import org.jumelage.people.JumelageUser;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who does what the audit trail records, and from where: the signed-in person (or the access token's owner), else
 * {@code anonymous} in a request and {@code system} outside one (scheduled jobs, event listeners); the client's address
 * as the servlet container sees it (behind a trusted proxy: the forwarded one, server.forward-headers-strategy); the
 * request's id (RequestIds).
 */
record AuditContext(String actor, Long actorAccountId, String remoteAddress, String requestId) {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    static AuditContext current() {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s
                ? s.getRequest()
                : null;
        return of(SecurityContextHolder.getContext().getAuthentication(), request);
    }

    static AuditContext of(Authentication authentication, HttpServletRequest request) {
        String address = request == null ? null : cut(request.getRemoteAddr(), 64);
        String requestId = cut(MDC.get("request.id"), 64);
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return new AuditContext(request == null ? SYSTEM : ANONYMOUS, null, address, requestId);
        }
        if (authentication.getPrincipal() instanceof JumelageUser user) {
            return new AuditContext(cut(user.getUsername(), 100), user.accountId(), address, requestId);
        }
        return new AuditContext(cut(authentication.getName(), 100), null, address, requestId);
    }

    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
