package org.jumelage.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The city's administrations and their units, for other modules: look-ups by id and code, and sub-trees. */
public interface Organisation {

    /** All units, administrations first, each followed by its units, in a stable order. */
    List<UnitRef> units();

    Optional<UnitRef> unit(long id);

    Optional<UnitRef> unitByCode(String code);

    /** The unit and every unit below it. Empty when the unit does not exist. */
    Set<Long> subtree(long unitId);

    /** Whether the unit is a partner city's administration or lies below one (not Berlin's own). */
    boolean belongsToPartner(long unitId);

    /** The administration (the top of the tree) that the unit belongs to; the unit itself for an administration. */
    Optional<UnitRef> administrationOf(long unitId);

    /** Every unit's administration, by unit id, in one look-up: for pages that name many units. */
    java.util.Map<Long, UnitRef> administrations();

    /** Every unit by id, in one look-up: for pages that name many units ({@code Names.of(unitsById(), …)}). */
    java.util.Map<Long, UnitRef> unitsById();

    /** The administration of a partner city, if it is recorded. */
    Optional<UnitRef> partnerAdministration(long partnerCityId);

    /**
     * Records a partner city's administration (for the staff exchange: hosts, coordinators, guests). Refused when the
     * code is taken or the city already has one.
     */
    UnitRef addPartnerAdministration(long partnerCityId, String code, String nameDe, String nameEn);

    /** Adds a unit below an existing unit or administration. */
    UnitRef addUnit(long parentId, String code, String nameDe, String nameEn);
}
