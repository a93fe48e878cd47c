package org.jumelage.activities;

/** Who takes part: the political leadership or a department. */
public enum ActivityLevel {
    POLITICAL,
    DEPARTMENT
}
