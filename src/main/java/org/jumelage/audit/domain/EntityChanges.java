package org.jumelage.audit.domain;

import java.lang.reflect.Field;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CompositeType;
import org.hibernate.type.Type;
import org.jumelage.audit.AuditAction;
import org.jumelage.shared.Audited;
import org.springframework.util.ReflectionUtils;

/**
 * Records every entity that is created, changed or deleted, in the flush that writes it, on the same connection: the
 * entry is committed with the change or not at all (ADR 0036). A change records the values that changed, before and
 * after; a creation the values set; a deletion the values it had. Values are shown as text (an entity by its id, an
 * embedded value by its parts, a file's content by its size, a {@link Audited.Secret} never); the version counter
 * and whatever {@link Audited.Skip} marks are left out. Element collections (languages, the units a call is open to)
 * are recorded as a change of their owner when they change.
 */
final class EntityChanges
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PostCollectionUpdateEventListener,
                PostCollectionRecreateEventListener {

    static final String HIDDEN = "(hidden)";
    static final String ERASED = "(erased)";
    static final String PERSONAL = "(personal data)";
    private static final int LONGEST_TEXT = 2000;

    /** What the audit trail takes from one entity class, found once from its fields' annotations. */
    private record Shape(String name, boolean skipped, Map<String, Field> fields) {

        boolean skips(String property) {
            Field field = fields.get(property);
            return field != null && field.isAnnotationPresent(Audited.Skip.class);
        }

        boolean personal(String property) {
            Field field = fields.get(property);
            return field != null && field.isAnnotationPresent(Audited.Personal.class);
        }

        Audited.Secret secret(String property) {
            Field field = fields.get(property);
            return field == null ? null : field.getAnnotation(Audited.Secret.class);
        }
    }

    private final Clock clock;
    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    EntityChanges(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(event.getSession(), event.getPersister(), event.getId(), AuditAction.CREATED, null, event.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        EntityPersister persister = event.getPersister();
        Shape shape = shape(persister);
        if (shape.skipped()) {
            return;
        }
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Object[] before = event.getOldState();
        Object[] after = event.getState();
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> is = new LinkedHashMap<>();
        String action = AuditAction.CHANGED.name();
        for (int i = 0; i < names.length; i++) {
            if (left(persister, shape, names[i], types[i], i)
                    || !changed(event.getDirtyProperties(), before, after, i)) {
                continue;
            }
            Audited.Secret secret = shape.secret(names[i]);
            boolean personal = shape.personal(names[i]);
            if (before != null) {
                was.put(names[i], personal(personal, value(event.getSession(), types[i], before[i], secret)));
            }
            is.put(names[i], personal(personal, value(event.getSession(), types[i], after[i], secret)));
            // An erasure changes the password's hash too, but is no password change.
            if (secret != null && !secret.action().isEmpty() && !Audited.valuesLeftOut()) {
                action = secret.action();
            }
        }
        // A change only of what is left out (the version alone, a skipped field) is not one.
        if (!is.isEmpty()) {
            write(event.getSession(), action, shape.name(), event.getId(), was, is);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(
                event.getSession(),
                event.getPersister(),
                event.getId(),
                AuditAction.DELETED,
                event.getDeletedState(),
                null);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collection(event, event.getCollection().getStoredSnapshot());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collection(event, null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(
            SharedSessionContractImplementor session,
            EntityPersister persister,
            Object id,
            AuditAction action,
            Object[] before,
            Object[] after) {
        Shape shape = shape(persister);
        if (shape.skipped()) {
            return;
        }
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Object[] state = before != null ? before : after;
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (!left(persister, shape, names[i], types[i], i) && state[i] != null) {
                values.put(
                        names[i],
                        personal(shape.personal(names[i]), value(session, types[i], state[i], shape.secret(names[i]))));
            }
        }
        write(session, action.name(), shape.name(), id, before != null ? values : null, after != null ? values : null);
    }

    /** An element collection (not a list of other entities, which record themselves) that was set or changed. */
    private void collection(AbstractCollectionEvent event, Object storedSnapshot) {
        PersistentCollection<?> collection = event.getCollection();
        SharedSessionContractImplementor session = event.getSession();
        CollectionPersister persister =
                session.getFactory().getMappingMetamodel().getCollectionDescriptor(collection.getRole());
        Object owner = event.getAffectedOwnerOrNull();
        if (persister.isOneToMany() || persister.getElementType().isEntityType() || owner == null) {
            return;
        }
        EntityPersister ownerPersister = persister.getOwnerEntityPersister();
        Shape shape = shape(ownerPersister);
        String property = collection.getRole().substring(collection.getRole().lastIndexOf('.') + 1);
        if (shape.skipped() || shape.skips(property)) {
            return;
        }
        boolean personal = shape.personal(property);
        // A map (marks by criterion) as key → value, a set or list by its elements; both in a stable order, so that
        // before and after read alike.
        Object now = contents(session, persister, collection.entries(persister));
        // A set's snapshot is a map of each element to itself; a map's, the map.
        Object was = storedSnapshot instanceof Map<?, ?> map
                ? contents(
                        session,
                        persister,
                        collection instanceof Map<?, ?>
                                ? map.entrySet().iterator()
                                : map.values().iterator())
                : storedSnapshot instanceof Collection<?> elements
                        ? contents(session, persister, elements.iterator())
                        : List.of();
        boolean empty = now instanceof Map<?, ?> m ? m.isEmpty() : ((List<?>) now).isEmpty();
        if (storedSnapshot == null && empty) {
            return;
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put(property, personal ? PERSONAL : was);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put(property, personal ? PERSONAL : now);
        write(
                session,
                AuditAction.CHANGED.name(),
                shape.name(),
                event.getAffectedOwnerIdOrNull(),
                storedSnapshot == null ? null : before,
                after);
    }

    private Object contents(
            SharedSessionContractImplementor session, CollectionPersister persister, java.util.Iterator<?> elements) {
        java.util.TreeMap<String, Object> byKey = new java.util.TreeMap<>();
        List<Object> values = new ArrayList<>();
        while (elements.hasNext()) {
            Object element = elements.next();
            if (element instanceof Map.Entry<?, ?> entry) {
                byKey.put(
                        String.valueOf(entry.getKey() instanceof Enum<?> constant ? constant.name() : entry.getKey()),
                        value(session, persister.getElementType(), entry.getValue(), null));
            } else {
                values.add(value(session, persister.getElementType(), element, null));
            }
        }
        if (!byKey.isEmpty()) {
            return byKey;
        }
        values.sort(java.util.Comparator.comparing(String::valueOf));
        return values;
    }

    /** A {@link Audited.Personal} value as the trail shows it: that there is one. */
    private static Object personal(boolean personal, Object value) {
        return personal && value != null && !ERASED.equals(value) ? PERSONAL : value;
    }

    private static boolean left(EntityPersister persister, Shape shape, String name, Type type, int index) {
        return type.isCollectionType()
                || (persister.isVersioned() && index == persister.getVersionPropertyIndex())
                || shape.skips(name);
    }

    private static boolean changed(int[] dirty, Object[] before, Object[] after, int index) {
        if (dirty != null) {
            for (int d : dirty) {
                if (d == index) {
                    return true;
                }
            }
            return false;
        }
        return before == null || !Objects.deepEquals(before[index], after[index]);
    }

    /** A value as the audit trail shows it: text, a number, or (an embedded value) a map of its parts. */
    private static Object value(
            SharedSessionContractImplementor session, Type type, Object value, Audited.Secret secret) {
        if (value == null) {
            return null;
        }
        if (secret != null) {
            return HIDDEN;
        }
        if (Audited.valuesLeftOut()) {
            return ERASED;
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " bytes";
        }
        if (type.isEntityType()) {
            return String.valueOf(session.getEntityPersister(null, value).getIdentifier(value, session));
        }
        if (type instanceof CompositeType composite) {
            Map<String, Object> parts = new LinkedHashMap<>();
            String[] names = composite.getPropertyNames();
            Type[] types = composite.getSubtypes();
            Object[] values = composite.getPropertyValues(value, session);
            for (int i = 0; i < names.length; i++) {
                if (values[i] != null && !types[i].isCollectionType()) {
                    parts.put(names[i], value(session, types[i], values[i], null));
                }
            }
            return parts;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
        return text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT) + "…";
    }

    private void write(
            SharedSessionContractImplementor session,
            String action,
            String entity,
            Object id,
            Map<String, Object> before,
            Map<String, Object> after) {
        try {
            AuditLog.insert(
                    session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection(),
                    clock.instant(),
                    AuditContext.current(),
                    action,
                    entity,
                    id == null ? null : String.valueOf(id),
                    AuditLog.json(before),
                    AuditLog.json(after));
        } catch (SQLException e) {
            // The change is not written without its entry: the flush, and with it the transaction, fails.
            throw new IllegalStateException("could not write the audit entry of " + entity + " " + id, e);
        }
    }

    private Shape shape(EntityPersister persister) {
        return shapes.computeIfAbsent(persister.getMappedClass(), type -> {
            Map<String, Field> fields = new ConcurrentHashMap<>();
            ReflectionUtils.doWithFields(type, field -> fields.putIfAbsent(field.getName(), field));
            return new Shape(type.getSimpleName(), type.isAnnotationPresent(Audited.Skip.class), fields);
        });
    }
}
