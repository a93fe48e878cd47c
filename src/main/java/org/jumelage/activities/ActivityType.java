package org.jumelage.activities;

/** The kind of activity. */
public enum ActivityType {
    EVENT,
    SEMINAR,
    WORKSHOP,
    INCOMING_DELEGATION,
    OUTGOING_DELEGATION,
    STUDY_TRIP,
    EXPERT_EXCHANGE,
    OTHER
}
