package org.jumelage.shared;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;

/**
 * When the person signed in to this session, kept in the session: a session ends when it is older than its absolute
 * lifetime or than the account's last password change (ADR 0017). The session in which the password was changed is
 * stamped anew, so it carries on.
 */
public final class SignInTime {

    private static final String ATTRIBUTE = SignInTime.class.getName();

    private SignInTime() {}

    public static void record(HttpSession session, Instant at) {
        session.setAttribute(ATTRIBUTE, at.toEpochMilli());
    }

    public static Optional<Instant> of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Long millis
                ? Optional.of(Instant.ofEpochMilli(millis))
                : Optional.empty();
    }
}
