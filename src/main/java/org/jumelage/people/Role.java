package org.jumelage.people;

/** What an account may do in the back office. */
public enum Role {
    /** International office: everything, manages accounts. */
    ADMIN,
    /** Liaison officer of a unit: edits the relationships their unit is responsible for, reads the rest. */
    EDITOR,
    /** Reads the back office. */
    VIEWER,
    /** An employee of a Berlin unit: applies for the staff exchange and, when named, approves as supervisor. */
    STAFF,
    /** Human resources of a unit (and the units below it): checks exchange applications from there. */
    HR,
    /**
     * The exchange coordinator of one partner city's administration: sees and changes only that administration's
     * placements, nominations and guests.
     */
    PARTNER_COORDINATOR;

    /** Whether the role reads the registry and activities (the rest of the back office), not only the exchange. */
    public boolean readsBackOffice() {
        return this == ADMIN || this == EDITOR || this == VIEWER;
    }

    /** Where a person with this role starts: the back office's overview, or their work in the staff exchange. */
    public String startPage() {
        return switch (this) {
            case ADMIN, EDITOR, VIEWER -> "/office";
            case STAFF -> "/office/exchange/applications";
            case HR -> "/office/exchange/approvals";
            case PARTNER_COORDINATOR -> "/office/exchange/placements";
        };
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
