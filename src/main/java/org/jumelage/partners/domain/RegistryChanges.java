package org.jumelage.partners.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.jumelage.shared.ChangeCounter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Raises the registry's change counter with every written relationship or city (a change to a relationship's part
 * stamps the relationship, so it is written too). Created by Hibernate through Spring, which gives it the template.
 */
public class RegistryChanges {

    private final ChangeCounter counter;

    public RegistryChanges(JdbcTemplate jdbc) {
        this.counter = counter(jdbc);
    }

    static ChangeCounter counter(JdbcTemplate jdbc) {
        return new ChangeCounter(jdbc, "registry");
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        counter.raise();
    }
}
