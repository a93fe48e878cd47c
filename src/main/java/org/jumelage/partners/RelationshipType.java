package org.jumelage.partners;

/** The kind of relationship between our city and a partner city. */
public enum RelationshipType {
    CITY_PARTNERSHIP,
    FRIENDSHIP,
    PROJECT_PARTNERSHIP,
    TECHNICAL_EXCHANGE,
    NETWORK
}
