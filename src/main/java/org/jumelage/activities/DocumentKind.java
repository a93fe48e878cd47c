package org.jumelage.activities;

/** What a document of an activity is. */
public enum DocumentKind {
    MINUTES,
    REPORT,
    PHOTO,
    OTHER
}
