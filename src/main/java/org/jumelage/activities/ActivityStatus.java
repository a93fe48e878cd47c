package org.jumelage.activities;

/** Where an activity stands; a cancelled one keeps its reason. */
public enum ActivityStatus {
    PLANNED,
    CONFIRMED,
    HELD,
    CANCELLED
}
