package org.jumelage.exchange;

/** A level of the Common European Framework of Reference for Languages, lowest first. */
public enum CefrLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2;

    public boolean atLeast(CefrLevel required) {
        return compareTo(required) >= 0;
    }
}
