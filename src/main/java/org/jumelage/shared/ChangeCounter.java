package org.jumelage.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The entity listener that raises a counter in table {@code change_counter} with every write of an entity marked
 * {@link ChangeTopic}, in the transaction that makes the change: readers (the public pages' ETags and caches) learn in
 * one look-up of one row whether anything changed, at any size and whatever the clocks of several instances say. The
 * row lock the update takes is held until the change commits, so changes to one topic commit one after the other. A
 * change to a record's part stamps the record, so the record is written too. Hibernate creates the listener through
 * Spring, which gives it the template.
 */
public class ChangeCounter {

    private static final ClassValue<String> TOPICS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            ChangeTopic topic = type.getAnnotation(ChangeTopic.class);
            if (topic == null) {
                throw new IllegalStateException(
                        type.getName() + " listens with ChangeCounter but names no @ChangeTopic");
            }
            return topic.value();
        }
    };

    private final JdbcTemplate jdbc;

    public ChangeCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        jdbc.update("update change_counter set changes = changes + 1 where topic = ?", TOPICS.get(entity.getClass()));
    }
}
