package org.jumelage.activities.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.jumelage.shared.ChangeCounter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Raises the activities' change counter with every written activity (a change to a part stamps the activity, so it
 * is written too). Created by Hibernate through Spring, which gives it the template.
 */
public class ActivityChanges {

    private final ChangeCounter counter;

    public ActivityChanges(JdbcTemplate jdbc) {
        this.counter = counter(jdbc);
    }

    static ChangeCounter counter(JdbcTemplate jdbc) {
        return new ChangeCounter(jdbc, "activities");
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        counter.raise();
    }
}
