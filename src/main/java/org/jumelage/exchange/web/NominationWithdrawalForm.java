package org.jumelage.exchange.web;

/** The nominating coordinator takes back a nomination that is still undecided, as of the version they saw. */
record NominationWithdrawalForm(long version) implements java.io.Serializable {}
