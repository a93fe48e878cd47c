package org.jumelage.exchange.domain;

/** An application moved one step; published in the transaction that recorded the step. */
record ApplicationMoved(long applicationId, int seq) {}
