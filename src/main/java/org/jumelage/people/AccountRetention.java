package org.jumelage.people;

import java.util.List;

/**
 * The retention rule of accounts (ADR 0037): which accounts have been left disabled for longer than {@code
 * jumelage.people.disabled-retention}, and are not erased yet. The privacy module erases their people from every
 * module, as on request.
 */
public interface AccountRetention {

    /** The accounts due, oldest first, at most {@code limit}. */
    List<StaffDirectory.StaffMember> disabledPastRetention(int limit);
}
