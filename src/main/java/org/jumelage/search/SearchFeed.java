package org.jumelage.search;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The entity listener that tells the index about every write of an entity marked {@link SearchTopic}: it notes the
 * record's id in the writing transaction and, just before that commits (after a last flush, so that no write is
 * missed), publishes one {@link RecordsChanged} per topic. The event registry keeps the event with the change, so the
 * index follows every committed change even across a crash, and a change that rolls back publishes nothing. Writes
 * outside a transaction are not followed (there are none: every service method is transactional). Hibernate creates
 * the listener through Spring.
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
        Object id = entityManagerFactories.getObject().getPersistenceUnitUtil().getIdentifier(entity);
        if (id instanceof Long value) {
            changes().add(TOPICS.get(entity.getClass()), value);
        }
    }

    private Changes changes() {
        Changes changes = (Changes) TransactionSynchronizationManager.getResource(this);
        if (changes == null) {
            changes = new Changes();
            TransactionSynchronizationManager.bindResource(this, changes);
            TransactionSynchronizationManager.registerSynchronization(changes);
        }
        return changes;
    }

    /** The ids written in one transaction, by topic; published before the transaction commits. */
    private final class Changes implements TransactionSynchronization {
        private final Map<String, Set<Long>> ids = new LinkedHashMap<>();

        void add(String topic, long id) {
            ids.computeIfAbsent(topic, key -> new LinkedHashSet<>()).add(id);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            var entityManager =
                    EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactories.getObject());
            if (entityManager != null) {
                // Writes still waiting for the flush at commit would otherwise reach this listener too late.
                entityManager.flush();
            }
            TransactionSynchronizationManager.unbindResourceIfPossible(SearchFeed.this);
            ids.forEach((topic, all) -> {
                List<Long> list = new ArrayList<>(all);
                for (int from = 0; from < list.size(); from += RecordsChanged.MAX_IDS) {
                    var chunk = list.subList(from, Math.min(list.size(), from + RecordsChanged.MAX_IDS));
                    events.publishEvent(new RecordsChanged(topic, new LinkedHashSet<>(chunk)));
                }
            });
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(SearchFeed.this);
        }
    }
}
