package org.jumelage.testing;

import java.util.concurrent.Callable;
import org.jumelage.people.JumelageUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls on the current thread as a signed-in person, and signs out again. */
public final class Signed {

    private Signed() {}

    public static <T> T in(JumelageUser user, Callable<T> work) throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
