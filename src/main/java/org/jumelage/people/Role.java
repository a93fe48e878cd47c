package org.jumelage.people;

/** What an account may do in the back office. Later programmes add roles for applicants and partner coordinators. */
public enum Role {
    /** International office: everything, manages accounts. */
    ADMIN,
    /** Liaison officer of a unit: edits the relationships their unit is responsible for, reads the rest. */
    EDITOR,
    /** Reads the back office. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
