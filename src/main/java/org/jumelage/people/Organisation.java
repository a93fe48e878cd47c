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
}
