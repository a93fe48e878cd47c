package org.jumelage.shared;

import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Names for ids, looked up when a page asks ({@code ${cityNames.get(id)}}) in what a service keeps: a page of records
 * that name cities or units does not copy the name of every city and unit into a map first.
 */
public final class Names {

    private final LongFunction<@Nullable String> lookUp;

    public Names(LongFunction<@Nullable String> lookUp) {
        this.lookUp = lookUp;
    }

    /** The names of the records in this map (one that a service keeps), each named by {@code name}. */
    public static <T> Names of(java.util.Map<Long, T> byId, java.util.function.Function<T, String> name) {
        return new Names(id -> {
            T found = byId.get(id);
            return found == null ? null : name.apply(found);
        });
    }

    /** The name, or null for no id or an unknown one. */
    public @Nullable String get(@Nullable Long id) {
        return id == null ? null : lookUp.apply(id);
    }

    public String getOrDefault(@Nullable Long id, String otherwise) {
        String name = get(id);
        return name == null ? otherwise : name;
    }
}
