package org.jumelage.exchange;

/** A partner city's nomination of a guest for a Berlin hosting offer. */
public enum NominationStatus {
    NOMINATED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
