package org.jumelage.partners;

/** What a unit does for a relationship: holds it, cooperates closely, builds up cooperation, or keeps a technical exchange. */
public enum ResponsibilityRole {
    HOLDER,
    CLOSE_COOPERATION,
    GROWING_COOPERATION,
    TECHNICAL_EXCHANGE
}
