package org.jumelage.exchange.domain;

/** A call's allocation was published: those without a place learn of it by mail (the placed by their own step). */
record AllocationPublished(long allocationId) {}
