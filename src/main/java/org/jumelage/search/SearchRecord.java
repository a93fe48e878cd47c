package org.jumelage.search;

/**
 * An entity marked {@link SearchTopic} whose search record is not the entity itself: it names the record it belongs
 * to (a version of a text belongs to the text), and {@link SearchFeed} reports that record's id instead of the
 * entity's.
 */
public interface SearchRecord {

    long searchRecordId();
}
