package org.jumelage.people;

/**
 * Throttles password guessing per account and client address and per client address, without letting anyone lock
 * an account for everybody (ADR 0017). Every failed password counts: at the login form and at the password form.
 */
public interface SignInGuard {

    /** Whether this client may not try this account's password now. */
    boolean blocked(String username, String client);

    void failed(String username, String client);

    /** A correct password from this client forgets that client's failures for this account. */
    void succeeded(String username, String client);
}
