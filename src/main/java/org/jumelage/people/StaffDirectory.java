package org.jumelage.people;

import java.util.List;
import java.util.Optional;

/** The city's staff with an account, for other modules that list people (participants, applicants, mentors). */
public interface StaffDirectory {

    /** A member of staff as other modules see them. */
    record StaffMember(long accountId, String username, String displayName, String email, Long unitId) {}

    /** Every enabled account, by name. */
    List<StaffMember> staff();

    Optional<StaffMember> staffMember(long accountId);

    /** The enabled accounts with this role, by name (for example HR of a unit, or partner coordinators). */
    List<StaffMember> staffWithRole(org.jumelage.people.Role role);

    Optional<StaffMember> staffMember(String username);

    /** Whether the account exists and is enabled: what a personal calendar feed, for one, depends on. */
    boolean isActive(long accountId);
}
