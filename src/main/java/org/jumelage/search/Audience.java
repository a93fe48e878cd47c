package org.jumelage.search;

import java.util.List;
import org.jumelage.people.Role;

/**
 * Who may see a search hit: a document names the groups that may open its record, a person's query names the groups
 * they belong to, and the index only answers with documents that share one. A hit a person could not open is never
 * found, so neither its snippet nor its count in a facet can leak. A person belongs to their role's group, to their
 * own account's, and, by role, to the groups of their unit and the units below it ({@link #hr}, {@link #editor}) or of
 * their partner administration ({@link #coordinator}).
 */
public final class Audience {

    /** Everyone, also without signing in: the public site's content (only public documents carry it). */
    public static final String PUBLIC = "public";

    /** The back office's readers (the registry, activities, lessons learned): administrators, editors, viewers. */
    public static final List<String> OFFICE = List.of(role(Role.ADMIN), role(Role.EDITOR), role(Role.VIEWER));

    /** Everyone signed in to the exchange except partner coordinators (who see only their programmes' records). */
    public static final List<String> BERLIN_STAFF =
            List.of(role(Role.ADMIN), role(Role.EDITOR), role(Role.VIEWER), role(Role.STAFF), role(Role.HR));

    private Audience() {}

    /** Everyone with this role. */
    public static String role(Role role) {
        return "role:" + role.name();
    }

    /** One person, by account. */
    public static String account(long accountId) {
        return "account:" + accountId;
    }

    /** Human resources of this unit (the person's own unit is it or lies above it). */
    public static String hr(long unitId) {
        return "hr:" + unitId;
    }

    /** Editors of this unit (the person's own unit is it or lies above it). */
    public static String editor(long unitId) {
        return "editor:" + unitId;
    }

    /** The exchange coordinators of this partner administration. */
    public static String coordinator(long administrationId) {
        return "coordinator:" + administrationId;
    }
}
