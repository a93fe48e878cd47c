package org.jumelage.shared;

/**
 * Someone else saved the record after the person began editing it. The change was refused; the web layer shows the
 * other person's version beside the refused input.
 */
public class EditConflict extends RuntimeException {

    private final long expectedVersion;
    private final long actualVersion;

    public EditConflict(String what, long expectedVersion, long actualVersion) {
        super(what + " was changed by someone else (version " + actualVersion + ", edited " + expectedVersion + ")");
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
