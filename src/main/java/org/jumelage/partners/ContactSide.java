package org.jumelage.partners;

/** Whether a contact person works for our city or for the partner. */
public enum ContactSide {
    OURS,
    PARTNER
}
