package org.jumelage.people;

/**
 * Throttles password guessing per account and client and per client, without letting anyone lock an account for
 * everybody (ADR 0017). Every password tried counts, at the login form and at the password form: the attempt is
 * reserved (counted as failed) before the password is checked, so that attempts at the same moment cannot slip past
 * the count, and forgotten when the password was right.
 */
public interface SignInGuard {

    /**
     * Reserves one attempt of this client at this account's password.
     *
     * @return false, with nothing counted, when the client must wait
     */
    boolean attempt(String username, String client);

    /** The password was right: this client's failures for this account are forgotten. */
    void succeeded(String username, String client);
}
