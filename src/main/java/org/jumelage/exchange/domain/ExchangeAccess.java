package org.jumelage.exchange.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.UnitRef;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who the signed-in person is for the exchange: the office (administrators), a partner city's coordinator (bound to
 * one administration), HR or an editor of a unit (with the units below it).
 */
@Component
public class ExchangeAccess {

    private final Organisation organisation;

    ExchangeAccess(Organisation organisation) {
        this.organisation = organisation;
    }

    public JumelageUser user() {
        return JumelageUser.current().orElseThrow(() -> new AccessDeniedException("nobody is signed in"));
    }

    public boolean isAdmin() {
        return JumelageUser.current().map(u -> u.role() == Role.ADMIN).orElse(false);
    }

    public boolean isCoordinator() {
        return JumelageUser.current()
                .map(u -> u.role() == Role.PARTNER_COORDINATOR)
                .orElse(false);
    }

    /** The partner administration a coordinator acts for; empty for everyone else. */
    public Optional<Long> coordinatorAdministration() {
        return JumelageUser.current()
                .filter(u -> u.role() == Role.PARTNER_COORDINATOR)
                .flatMap(JumelageUser::unitId)
                .flatMap(organisation::administrationOf)
                .map(UnitRef::id);
    }

    /** Whether the person holds the role for the unit: their own unit is the unit or lies above it. */
    public boolean holdsRoleFor(Role role, long unitId) {
        return JumelageUser.current()
                .filter(u -> u.role() == role)
                .flatMap(JumelageUser::unitId)
                .map(own -> organisation.subtree(own).contains(unitId))
                .orElse(false);
    }

    /**
     * The units for which the person holds the role: their own unit and those below it, or none. For a list, where
     * asking {@link #holdsRoleFor} per row would look up the organisation per row.
     */
    public Set<Long> unitsWhereHolding(Role role) {
        return JumelageUser.current()
                .filter(u -> u.role() == role)
                .flatMap(JumelageUser::unitId)
                .map(organisation::subtree)
                .orElse(Set.of());
    }

    /**
     * Every unit's administration (Berlin's or a partner city's), by unit id: for a list, where asking
     * {@link #administrationOf} per row would look up the organisation per row.
     */
    public Map<Long, UnitRef> administrations() {
        return organisation.administrations();
    }

    /** The administration (Berlin's or a partner city's) at the top of the unit's tree. */
    public Optional<Long> administrationOf(long unitId) {
        return organisation.administrationOf(unitId).map(UnitRef::id);
    }

    public boolean isPartnerUnit(long unitId) {
        return organisation.belongsToPartner(unitId);
    }
}
