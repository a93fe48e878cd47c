package org.jumelage.exchange.domain;

/** A freed place was offered to an alternate: the mail tells them, with the deadline. */
record PlaceOffered(long offerId) {}
