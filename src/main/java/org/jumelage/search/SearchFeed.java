package org.jumelage.search;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The entity listener that tells the index about every write of an entity marked {@link SearchTopic}: the first time a
 * record is written in a transaction, it publishes {@link RecordsChanged} for it, in that transaction. Spring Modulith's
 * event registry (its JDBC store, so that writing the event is safe inside Hibernate's flush, where JPA callbacks run)
 * keeps the event with the change: the index follows every committed change even across a crash, and a change that
 * rolls back publishes nothing. Writes outside a transaction are not followed (every service method is
 * transactional). Hibernate creates the listener through Spring.
 */
public class SearchFeed {

    private static final ClassValue<String> TOPICS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            SearchTopic topic = type.getAnnotation(SearchTopic.class);
            if (topic == null) {
                throw new IllegalStateException(type.getName() + " listens with SearchFeed but names no @SearchTopic");
            }
            return topic.value();
        }
    };

    /** The records already reported in the current transaction (a resource of the transaction). */
    private static final Object REPORTED = new Object();

    private final ApplicationEventPublisher events;
    private final ObjectProvider<EntityManagerFactory> entityManagerFactories;

    /** Takes the entity manager factory when it is first needed: Hibernate creates this listener while building it. */
    public SearchFeed(ApplicationEventPublisher events, ObjectProvider<EntityManagerFactory> entityManagerFactories) {
        this.events = events;
        this.entityManagerFactories = entityManagerFactories;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Object id = entity instanceof SearchRecord record
                ? (Object) record.searchRecordId()
                : entityManagerFactories.getObject().getPersistenceUnitUtil().getIdentifier(entity);
        if (id instanceof Long value) {
            String topic = TOPICS.get(entity.getClass());
            if (reported().add(topic + ":" + value)) {
                events.publishEvent(new RecordsChanged(topic, Set.of(value)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> reported() {
        Set<String> reported = (Set<String>) TransactionSynchronizationManager.getResource(REPORTED);
        if (reported == null) {
            Set<String> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(REPORTED, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(REPORTED);
                }
            });
            return fresh;
        }
        return reported;
    }
}
