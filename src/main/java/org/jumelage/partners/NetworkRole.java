package org.jumelage.partners;

/** The city's role in a network of cities. */
public enum NetworkRole {
    MEMBER,
    FOUNDING_MEMBER,
    BOARD_MEMBER,
    OBSERVER
}
