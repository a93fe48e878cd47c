package org.jumelage.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * What the pages' form binding does to every text field (blanks around it dropped, an empty one absent), for a form
 * record that arrives as JSON through the API (ADR 0029): the same record with each text component trimmed, and null
 * where nothing is left. Other components are kept as they are.
 */
public final class TrimmedRecords {

    private TrimmedRecords() {}

    public static <T extends Record> T of(T record) {
        if (record == null) {
            return null;
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                java.lang.reflect.Method accessor = components[i].getAccessor();
                // Form records are package-private in their web packages.
                accessor.setAccessible(true);
                Object value = accessor.invoke(record);
                if (value instanceof String text) {
                    String trimmed = text.strip();
                    value = trimmed.isEmpty() ? null : trimmed;
                }
                values[i] = value;
            }
            @SuppressWarnings("unchecked")
            Constructor<T> canonical = (Constructor<T>) record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (IllegalAccessException
                | InvocationTargetException
                | NoSuchMethodException
                | InstantiationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }
}
