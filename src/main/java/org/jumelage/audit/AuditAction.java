package org.jumelage.audit;

/** What an entry of the audit trail records. */
public enum AuditAction {
    /** A record, account or document was created (the values after). */
    CREATED,
    /** A record, account or document was changed (the changed values before and after). */
    CHANGED,
    /** A record, account or document was deleted (the values before). */
    DELETED,
    /** A password was set: by its owner, or reset by an administrator (the hash is never shown). */
    PASSWORD_CHANGED,
    /** Someone signed in (with a password or the city's single sign-on). */
    SIGNED_IN,
    /** A sign-in was refused (the user name that was tried, and why). */
    SIGN_IN_FAILED,
    /** Someone signed out. */
    SIGNED_OUT,
    /** A signed-in person (or access token) asked for something their rights do not allow. */
    ACCESS_DENIED,
    /** An administrator looked at or downloaded what is kept about a person (a subject-access request). */
    SUBJECT_ACCESS,
    /** A rule deleted records (retention, erasure on request): which kind and how many. */
    DELETED_BY_RULE
}
