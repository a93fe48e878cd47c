package org.jumelage.people;

import java.util.List;
import java.util.Optional;

/** The current state of an account, for checking a signed-in session against it on every request. */
public interface UserLookup {

    /** The account as it is now (role, unit, enabled, …), without its password hash; empty when it was deleted. */
    Optional<JumelageUser> currentState(String username);

    /** The e-mail addresses of the enabled accounts with this role that have one, for notifications. */
    List<String> emailAddresses(Role role);
}
