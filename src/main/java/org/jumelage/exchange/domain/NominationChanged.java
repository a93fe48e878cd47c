package org.jumelage.exchange.domain;

/** A nomination was made, accepted, declined or withdrawn; published in the transaction that changed it. */
record NominationChanged(long nominationId, org.jumelage.exchange.NominationStatus status) {}
