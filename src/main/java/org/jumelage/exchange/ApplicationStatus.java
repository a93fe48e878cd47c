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

    public boolean withdrawable() {
        return Set.of(DRAFT, SUBMITTED, RELEASED, CHECKED, SHORTLISTED).contains(this);
    }
}
