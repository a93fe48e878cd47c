package org.jumelage.partners;

/** Where a relationship stands; dormant means it rests (Moscow since 2022), ended means it is over. */
public enum RelationshipStatus {
    ACTIVE,
    DORMANT,
    ENDED
}
