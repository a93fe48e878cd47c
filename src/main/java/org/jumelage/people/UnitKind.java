package org.jumelage.people;

/** What an organisational unit is. The top of each tree is an administration; below it are its units. */
public enum UnitKind {
    SENATE_CHANCELLERY,
    SENATE_DEPARTMENT,
    DISTRICT_OFFICE,
    PARTNER_ADMINISTRATION,
    UNIT;

    public boolean isAdministration() {
        return this != UNIT;
    }
}
