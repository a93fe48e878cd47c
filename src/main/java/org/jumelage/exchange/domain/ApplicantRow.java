package org.jumelage.exchange.domain;

/** An application as a list of the allocation names it: its id and its applicant's name, without its collections. */
public record ApplicantRow(Long id, String applicantName) {}
