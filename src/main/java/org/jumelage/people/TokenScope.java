package org.jumelage.people;

/** What an access token lets a machine client do through the API, within its account's rights. */
public enum TokenScope {
    /** Reads the office's records (and the public ones). */
    READ,
    /** Reads, and writes partnerships and activities as the forms do. */
    READ_WRITE;

    /** Spring Security authorities of the scope: {@code SCOPE_read}, and {@code SCOPE_write} for writing. */
    public java.util.List<String> authorities() {
        return this == READ_WRITE ? java.util.List.of("SCOPE_read", "SCOPE_write") : java.util.List.of("SCOPE_read");
    }
}
