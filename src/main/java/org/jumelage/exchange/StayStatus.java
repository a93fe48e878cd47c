package org.jumelage.exchange;

import java.util.Set;

/** A stay's course: planned → confirmed → ongoing → completed; cancelled from any state before completion. */
public enum StayStatus {
    PLANNED,
    CONFIRMED,
    ONGOING,
    COMPLETED,
    CANCELLED;

    /** The states this one may move to. */
    public Set<StayStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> Set.of(ONGOING, CANCELLED);
            case ONGOING -> Set.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> Set.of();
        };
    }
}
