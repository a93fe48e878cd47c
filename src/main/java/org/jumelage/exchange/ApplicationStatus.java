package org.jumelage.exchange;

import java.util.Set;

/**
 * Where an application stands. The approval path is submitted → released by the supervisor → checked by HR →
 * shortlisted by the international office → placed (a stay exists); each approver may decline instead, and the
 * applicant may withdraw until the application is placed.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    RELEASED,
    CHECKED,
    SHORTLISTED,
    PLACED,
    DECLINED,
    WITHDRAWN;

    /** Waiting for an approver: the supervisor, HR or the office. */
    public boolean awaitsApproval() {
        return this == SUBMITTED || this == RELEASED || this == CHECKED;
    }

    /** The status an approval moves this one to; only for statuses that await approval. */
    public ApplicationStatus approved() {
        return switch (this) {
            case SUBMITTED -> RELEASED;
            case RELEASED -> CHECKED;
            case CHECKED -> SHORTLISTED;
            default -> throw new IllegalStateException(this + " awaits no approval");
        };
    }

    /** The stages an application passes, in order, as its page shows them to the applicant. */
    public static final java.util.List<ApplicationStatus> PATH =
            java.util.List.of(DRAFT, SUBMITTED, RELEASED, CHECKED, SHORTLISTED, PLACED);

    /** {@link #PATH}, for the page. */
    public java.util.List<ApplicationStatus> path() {
        return PATH;
    }

    /** Where on {@link #PATH} this status stands, or -1 once the application left it (declined, withdrawn). */
    public int stage() {
        return PATH.indexOf(this);
    }

    public boolean withdrawable() {
        return Set.of(DRAFT, SUBMITTED, RELEASED, CHECKED, SHORTLISTED).contains(this);
    }
}
