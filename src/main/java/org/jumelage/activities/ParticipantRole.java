package org.jumelage.activities;

/** What a person does in an activity. */
public enum ParticipantRole {
    HEAD_OF_DELEGATION,
    MEMBER,
    SPEAKER,
    INTERPRETER,
    ORGANISER,
    HOST
}
