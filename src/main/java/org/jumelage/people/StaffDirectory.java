package org.jumelage.people;

import java.util.List;
import java.util.Optional;

/** The city's staff with an account, for other modules that list people (participants, applicants, mentors). */
public interface StaffDirectory {

    /** A member of staff as other modules see them. */
    record StaffMember(long accountId, String username, String displayName, String email, Long unitId) {}

    /** Every enabled account, by name. For small directories only: pages look people up with {@link #find}. */
    List<StaffMember> staff();

    /**
     * At most {@code limit} enabled accounts whose name, user name or e-mail address contains the text (case ignored,
     * wildcards taken literally), by name, leaving out the roles given: what a staff picker offers as someone types.
     */
    List<StaffMember> find(String text, java.util.Set<org.jumelage.people.Role> without, int limit);

    /**
     * Like {@link #find(String, java.util.Set, int)}, among the members of these units only (a supervisor from the
     * applicant's unit or one above it); none for no units. {@code without} must name at least one role.
     */
    List<StaffMember> find(
            String text,
            java.util.Set<org.jumelage.people.Role> without,
            java.util.Collection<Long> inUnits,
            int limit);

    /** The member of staff if their account is enabled and has none of these roles (a choice a form may accept). */
    Optional<StaffMember> activeMember(long accountId, java.util.Set<org.jumelage.people.Role> without);

    /** The enabled accounts of these units, by name (for example the mentors a host unit can name). */
    List<StaffMember> staffOfUnits(java.util.Collection<Long> unitIds);

    Optional<StaffMember> staffMember(long accountId);

    /** The enabled accounts with this role, by name (for example HR of a unit, or partner coordinators). */
    List<StaffMember> staffWithRole(org.jumelage.people.Role role);

    Optional<StaffMember> staffMember(String username);

    /** The accounts, enabled or not, with this e-mail address (any case): a request by address alone (ADR 0037). */
    List<StaffMember> withEmail(String email);

    /** Whether the account exists and is enabled: what a personal calendar feed, for one, depends on. */
    boolean isActive(long accountId);
}
