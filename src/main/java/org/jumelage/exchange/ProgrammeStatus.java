package org.jumelage.exchange;

/** Whether a programme is being prepared, running, or over. */
public enum ProgrammeStatus {
    PLANNED,
    ACTIVE,
    ENDED
}
