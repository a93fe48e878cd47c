package org.jumelage.partners.domain;

/** What a page shows of a stored document, without loading its content. */
public record DocumentInfo(long instrumentId, String fileName, long sizeBytes) {}
