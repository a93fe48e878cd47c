package org.jumelage.shared;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A counter in table {@code change_counter} that every change to a topic's records raises, in the transaction that
 * makes the change: readers (the public pages' ETags and caches) learn in one look-up of one row whether anything
 * changed, at any size and whatever the clocks of several instances say. A module's entity listener raises it; the
 * row lock it takes is held until the change commits, so changes to one topic commit one after the other.
 */
public final class ChangeCounter {

    private final JdbcTemplate jdbc;
    private final String topic;

    public ChangeCounter(JdbcTemplate jdbc, String topic) {
        this.jdbc = jdbc;
        this.topic = topic;
    }

    public void raise() {
        jdbc.update("update change_counter set changes = changes + 1 where topic = ?", topic);
    }

    public long read() {
        Long value = jdbc.queryForObject("select changes from change_counter where topic = ?", Long.class, topic);
        return value == null ? 0 : value;
    }
}
